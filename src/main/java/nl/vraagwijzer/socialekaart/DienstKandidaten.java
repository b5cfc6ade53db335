package nl.vraagwijzer.socialekaart;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.DienstKandidaat;
import nl.vraagwijzer.shared.ports.Diensten;

/** Offers the directory's services to other features, for matching advice to providers. */
@ApplicationScoped
public class DienstKandidaten implements Diensten {

    private static final String VRIJ_TOEGANKELIJK = "vrij-toegankelijk";

    /**
     * Collective with free access, free places, a stated wait, nothing current: the advice's order
     * ({@link #soort} names the same groups).
     */
    private static final String SOORT = " case when d.collectief is not null and d.aanmeldwijze = '"
            + VRIJ_TOEGANKELIJK + "' then 0"
            + " when d.capaciteitBijgewerktOp >= :actueel and d.plaatsenBeschikbaar > 0 then 1"
            + " when d.capaciteitBijgewerktOp >= :actueel then 2 else 3 end";

    private final DienstRepository diensten;
    private final OrganisatieRepository organisaties;
    private final SocialeKaartConfig config;
    private final Clock clock;

    public DienstKandidaten(
            DienstRepository diensten, OrganisatieRepository organisaties, SocialeKaartConfig config, Clock clock) {
        this.diensten = diensten;
        this.organisaties = organisaties;
        this.config = config;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DienstKandidaat> kandidaten(String leefgebied, String gemeente, String wijk, int maximaal) {
        Parameters parameters = Parameters.with("leefgebied", leefgebied)
                .and("gemeente", Werkgebied.gemeente(gemeente))
                .and("actueel", actueelVanaf());
        String waar = "array_contains(d.werkgebied, :gemeente)";
        String wijkEerst = "";
        if (wijk != null) {
            parameters.and("wijk", Werkgebied.wijk(gemeente, wijk));
            waar = "(array_contains(d.werkgebied, :gemeente) or array_contains(d.werkgebied, :wijk))";
            wijkEerst = " case when array_contains(d.werkgebied, :wijk) then 0 else 1 end,";
        }
        String query = "from Dienst d where array_contains(d.leefgebieden, :leefgebied) and " + waar
                + " order by " + SOORT + "," + wijkEerst
                + " case when d.capaciteitBijgewerktOp >= :actueel then d.wachttijdWeken end nulls last,"
                + " array_length(d.leefgebieden), d.naam, d.id";
        return diensten.find(query, parameters).page(0, maximaal).list().stream()
                .map(this::kandidaat)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DienstKandidaat> dienst(UUID dienstId) {
        return diensten.findByIdOptional(dienstId).map(this::kandidaat);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean organisatieBestaat(UUID organisatieId) {
        return organisaties.findByIdOptional(organisatieId).isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> gemeentenVanOrganisatie(UUID organisatieId) {
        return organisaties
                .findByIdOptional(organisatieId)
                .map(organisatie -> Set.copyOf(organisatie.gegevens().gemeenten()))
                .orElse(Set.of());
    }

    private DienstKandidaat kandidaat(Dienst dienst) {
        DienstGegevens gegevens = dienst.gegevens();
        Optional<Capaciteit> capaciteit = dienst.capaciteit();
        return new DienstKandidaat(
                dienst.id(),
                gegevens.naam(),
                gegevens.organisatieId(),
                gegevens.reactietermijnWerkdagen(),
                soort(gegevens, capaciteit.filter(c -> !c.verouderd(clock.instant(), config.capaciteitGeldig()))),
                capaciteit.map(Capaciteit::wachttijdWeken).orElse(null));
    }

    /** The same order as {@link #SOORT}, for one service. */
    private static String soort(DienstGegevens gegevens, Optional<Capaciteit> actueel) {
        if (gegevens.collectief() != null && VRIJ_TOEGANKELIJK.equals(gegevens.aanmeldwijze())) {
            return DienstKandidaat.COLLECTIEF;
        }
        return actueel.map(c -> c.plaatsenBeschikbaar() > 0 ? DienstKandidaat.PLAATS : DienstKandidaat.WACHTLIJST)
                .orElse(DienstKandidaat.ONBEKEND);
    }

    private Instant actueelVanaf() {
        return clock.instant().minus(config.capaciteitGeldig());
    }
}
