package nl.vraagwijzer.shared.audit;

import java.time.ZoneOffset;
import nl.vraagwijzer.api.model.LogboekRegelDto;

/** A log entry as the contract shows it. */
public final class LogboekDtos {

    private LogboekDtos() {}

    public static LogboekRegelDto dto(LogboekRegel regel) {
        return new LogboekRegelDto()
                .id(regel.id())
                .tijdstip(regel.tijdstip().atOffset(ZoneOffset.UTC))
                .medewerker(regel.medewerker())
                .naam(regel.naam())
                .rollen(regel.rollen())
                .organisatieId(regel.organisatieId())
                .actie(regel.actie())
                .inwonerIds(regel.inwonerIds())
                .doelbinding(regel.doelbinding())
                .resultaat(LogboekRegelDto.ResultaatEnum.fromValue(regel.resultaat()))
                .toelichting(regel.toelichting());
    }
}
