/**
 * Open questions past their legal deadline, per team: what a municipality's data team runs each
 * morning. It uses only the TypeScript client generated from openapi/openapi.yaml and logs in as a
 * script client with client credentials (role `rapportage`), so it sees pseudonymised rows.
 *
 *   VRAAGWIJZER_API=https://api.vraagwijzer.example.nl/v1 \
 *   VRAAGWIJZER_TOKEN_URL=https://sso.example.nl/realms/vraagwijzer/protocol/openid-connect/token \
 *   VRAAGWIJZER_CLIENT_ID=rapportage-script VRAAGWIJZER_CLIENT_SECRET=... \
 *   npm start            # a table per team; `npm start -- --json` for machines
 */
import {
    Configuration,
    HulpvraagSortering,
    HulpvragenApi,
    ResponseError,
    StatusFilter,
    type Hulpvraag,
} from "../../../target/generated-clients/typescript/src";

interface TeLaat {
    id: string;
    inwonerPseudoniem?: string;
    wettelijkKader: string;
    status: string;
    termijnDatum: string;
    dagenTeLaat: number;
}

function vereist(naam: string): string {
    const waarde = process.env[naam];
    if (!waarde) {
        throw new Error(`${naam} is not set`);
    }
    return waarde;
}

/** An access token by client credentials, fetched again shortly before it expires. */
function clientCredentials(tokenUrl: string, clientId: string, clientSecret: string): () => Promise<string> {
    let token = "";
    let geldigTot = 0;
    return async () => {
        if (Date.now() < geldigTot) {
            return token;
        }
        const antwoord = await fetch(tokenUrl, {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
        });
        if (!antwoord.ok) {
            throw new Error(`token endpoint answered ${antwoord.status}: ${await antwoord.text()}`);
        }
        const json = (await antwoord.json()) as { access_token: string; expires_in: number };
        token = json.access_token;
        geldigTot = Date.now() + Math.max(0, json.expires_in - 30) * 1000;
        return token;
    };
}

/** The `cursor` of the Link rel="next" header, or undefined on the last page. */
function volgendeCursor(link: string | null): string | undefined {
    const volgende = link?.split(",").find((deel) => /rel="next"/.test(deel));
    const url = volgende?.match(/<([^>]+)>/)?.[1];
    return url ? new URL(url, "http://basis").searchParams.get("cursor") ?? undefined : undefined;
}

/** All open questions past their deadline, walked page by page with the keyset cursor. */
async function* teLaat(api: HulpvragenApi): AsyncGenerator<Hulpvraag> {
    let cursor: string | undefined = "";
    while (cursor !== undefined) {
        const pagina = await api.listHulpvragenRaw({
            status: StatusFilter.Open,
            termijnVerlopen: true,
            sorteer: HulpvraagSortering.TermijnDatum,
            pageSize: 100,
            cursor,
        });
        yield* await pagina.value();
        cursor = volgendeCursor(pagina.raw.headers.get("Link"));
    }
}

/** Today in the Netherlands, as midnight UTC: the same footing as the dates the client parses. */
function vandaagInNederland(): Date {
    return new Date(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date()));
}

function dagenTussen(van: Date, tot: Date): number {
    return Math.round((tot.getTime() - van.getTime()) / 86_400_000);
}

export async function perTeam(api: HulpvragenApi, vandaag = vandaagInNederland()): Promise<Map<string, TeLaat[]>> {
    const teams = new Map<string, TeLaat[]>();
    for await (const vraag of teLaat(api)) {
        const rij: TeLaat = {
            id: vraag.id,
            inwonerPseudoniem: vraag.inwonerPseudoniem,
            wettelijkKader: vraag.wettelijkKader,
            status: vraag.status,
            termijnDatum: vraag.termijnDatum.toISOString().slice(0, 10),
            dagenTeLaat: dagenTussen(vraag.termijnDatum, vandaag),
        };
        teams.set(vraag.team, [...(teams.get(vraag.team) ?? []), rij]);
    }
    return new Map([...teams.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function alsTabel(teams: Map<string, TeLaat[]>): string {
    if (teams.size === 0) {
        return "No open questions past their deadline.";
    }
    const regels: string[] = [];
    for (const [team, vragen] of teams) {
        regels.push(`${team}: ${vragen.length} past deadline`);
        for (const v of vragen) {
            regels.push(`  ${v.termijnDatum}  ${String(v.dagenTeLaat).padStart(4)} days  ${v.wettelijkKader.padEnd(16)} ${v.status.padEnd(14)} ${v.id}`);
        }
    }
    return regels.join("\n");
}

async function main(): Promise<void> {
    const api = new HulpvragenApi(
        new Configuration({
            basePath: vereist("VRAAGWIJZER_API"),
            accessToken: clientCredentials(
                vereist("VRAAGWIJZER_TOKEN_URL"),
                vereist("VRAAGWIJZER_CLIENT_ID"),
                vereist("VRAAGWIJZER_CLIENT_SECRET"),
            ),
        }),
    );
    const teams = await perTeam(api);
    if (process.argv.includes("--json")) {
        console.log(JSON.stringify(Object.fromEntries(teams), null, 2));
    } else {
        console.log(alsTabel(teams));
    }
}

main().catch(async (fout: unknown) => {
    if (fout instanceof ResponseError) {
        const probleem = await fout.response.text();
        console.error(`The API answered ${fout.response.status}: ${probleem}`);
    } else {
        console.error(fout instanceof Error ? fout.message : fout);
    }
    process.exit(1);
});
