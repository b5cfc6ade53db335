package nl.vraagwijzer.socialekaart;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.vraagwijzer.shared.ports.DienstKandidaat;
import nl.vraagwijzer.shared.ports.Diensten;

/** Offers the directory's services to other features, for matching advice to providers. */
@ApplicationScoped
public class DienstKandidaten implements Diensten {

    private final DienstRepository diensten;

    public DienstKandidaten(DienstRepository diensten) {
        this.diensten = diensten;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DienstKandidaat> kandidaten(String leefgebied, String wijk, int maximaal) {
        String query = wijk == null
                ? "from Dienst d where array_contains(d.leefgebieden, :leefgebied)"
                        + " order by array_length(d.wijken), array_length(d.leefgebieden), d.naam, d.id"
                : "from Dienst d where array_contains(d.leefgebieden, :leefgebied)"
                        + " and (array_contains(d.wijken, :wijk) or array_length(d.wijken) = 0)"
                        + " order by case when array_contains(d.wijken, :wijk) then 0 else 1 end,"
                        + " array_length(d.leefgebieden), d.naam, d.id";
        Parameters parameters = Parameters.with("leefgebied", leefgebied);
        if (wijk != null) {
            parameters.and("wijk", wijk);
        }
        return diensten.find(query, parameters).page(0, maximaal).list().stream()
                .map(dienst -> new DienstKandidaat(
                        dienst.id(), dienst.gegevens().naam(), dienst.gegevens().organisatieId()))
                .toList();
    }
}
