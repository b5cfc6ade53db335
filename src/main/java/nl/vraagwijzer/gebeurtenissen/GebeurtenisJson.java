package nl.vraagwijzer.gebeurtenissen;

import java.time.ZoneOffset;
import nl.vraagwijzer.api.model.GebeurtenisDto;

/** An event as partners receive it, in the feed and in webhooks alike. */
final class GebeurtenisJson {

    private GebeurtenisJson() {}

    static GebeurtenisDto dto(Gebeurtenis gebeurtenis) {
        return new GebeurtenisDto()
                .volgnummer(gebeurtenis.volgnummer())
                .id(gebeurtenis.id())
                .soort(gebeurtenis.soort())
                .verwijzingId(gebeurtenis.verwijzingId())
                .tijdstip(gebeurtenis.tijdstip().atOffset(ZoneOffset.UTC))
                .gegevens(gebeurtenis.gegevens());
    }
}
