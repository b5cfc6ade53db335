package nl.vraagwijzer.gebeurtenissen;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.api.model.AfleveringDto;
import nl.vraagwijzer.api.model.AfleveringsvormDto;

/**
 * A subscription and its delivery log as the contract shows them, for both kinds: a partner's
 * ({@code Abonnement}) and a gemeente system's ({@code Gemeenteabonnement}) share every field but
 * whose it is, and their generated models differ only in the list their types come from. One
 * mapping, in the contract's field names, converted into the model of the caller's kind.
 */
@ApplicationScoped
class Abonnementweergave {

    private final ObjectMapper json;

    Abonnementweergave(ObjectMapper json) {
        // a null field reaches the model as null, not as the generated model's default (an empty list)
        this.json = json.copy()
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
    }

    /**
     * The subscription as {@code model}: {@code AbonnementDto} for a partner's,
     * {@code GemeenteabonnementDto} for a system's.
     */
    <T> T als(Abonnement abonnement, Class<T> model) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("id", abonnement.id());
        if (abonnement.abonnee().isPartner()) {
            velden.put("organisatieId", abonnement.organisatieId());
            velden.put("actief", abonnement.actief());
        } else {
            velden.put("gemeente", abonnement.gemeente());
            velden.put("systeem", abonnement.systeem());
        }
        velden.put("callbackUrl", abonnement.callbackUrl());
        velden.put("status", abonnement.status());
        velden.put("reden", abonnement.reden());
        velden.put("mediaType", abonnement.mediaType());
        velden.put("typen", abonnement.typen().isEmpty() ? null : abonnement.typen());
        velden.put("onderwerp", abonnement.onderwerp());
        velden.put("verzoekfrequentie", abonnement.verzoekfrequentie());
        velden.put("laatstAfgeleverd", abonnement.laatstAfgeleverd());
        velden.put("laatsteSequence", abonnement.laatsteSequence());
        velden.put("mislukkingen", abonnement.mislukkingen());
        velden.put("volgendePoging", utc(abonnement.volgendePoging()));
        velden.put("aangemaaktOp", utc(abonnement.aangemaaktOp()));
        return json.convertValue(velden, model);
    }

    /** One attempt in a delivery log. */
    static AfleveringDto dto(Aflevering aflevering) {
        return new AfleveringDto()
                .volgnummer(aflevering.volgnummer())
                .tijdstip(utc(aflevering.tijdstip()))
                .httpStatus(aflevering.httpStatus())
                .gelukt(aflevering.gelukt())
                .fout(aflevering.fout());
    }

    /** What a subscriber asks for, from either kind's request: the types as the contract spells them. */
    static Abonnement.Wens wens(
            AfleveringsvormDto mediaType, Collection<?> typen, UUID onderwerp, Integer verzoekfrequentie) {
        return new Abonnement.Wens(
                mediaType == null ? Gebeurtenisvorm.CLOUDEVENT : mediaType.toString(),
                typen == null
                        ? List.of()
                        : typen.stream()
                                .map(type -> type == null ? null : type.toString())
                                .toList(),
                onderwerp,
                verzoekfrequentie);
    }

    private static OffsetDateTime utc(Instant tijdstip) {
        return tijdstip == null ? null : tijdstip.atOffset(ZoneOffset.UTC);
    }
}
