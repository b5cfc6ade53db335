package nl.vraagwijzer.socialekaart;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.DienstKandidaat;
import nl.vraagwijzer.shared.ports.Diensten;

/** Offers the directory's services to other features, for matching advice to providers. */
@ApplicationScoped
public class DienstKandidaten implements Diensten {

    private final DienstRepository diensten;
    private final OrganisatieRepository organisaties;

    public DienstKandidaten(DienstRepository diensten, OrganisatieRepository organisaties) {
        this.diensten = diensten;
        this.organisaties = organisaties;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DienstKandidaat> kandidaten(String leefgebied, String gemeente, String wijk, int maximaal) {
        String query = wijk == null
                ? "from Dienst d where array_contains(d.leefgebieden, :leefgebied)"
                        + " and array_contains(d.werkgebied, :gemeente)"
                        + " order by array_length(d.leefgebieden), d.naam, d.id"
                : "from Dienst d where array_contains(d.leefgebieden, :leefgebied)"
                        + " and (array_contains(d.werkgebied, :gemeente) or array_contains(d.werkgebied, :wijk))"
                        + " order by case when array_contains(d.werkgebied, :wijk) then 0 else 1 end,"
                        + " array_length(d.leefgebieden), d.naam, d.id";
        Parameters parameters =
                Parameters.with("leefgebied", leefgebied).and("gemeente", Werkgebied.gemeente(gemeente));
        if (wijk != null) {
            parameters.and("wijk", Werkgebied.wijk(gemeente, wijk));
        }
        return diensten.find(query, parameters).page(0, maximaal).list().stream()
                .map(DienstKandidaten::kandidaat)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DienstKandidaat> dienst(UUID dienstId) {
        return diensten.findByIdOptional(dienstId).map(DienstKandidaten::kandidaat);
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

    private static DienstKandidaat kandidaat(Dienst dienst) {
        DienstGegevens gegevens = dienst.gegevens();
        return new DienstKandidaat(
                dienst.id(), gegevens.naam(), gegevens.organisatieId(), gegevens.reactietermijnWerkdagen());
    }
}
