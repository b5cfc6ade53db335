package nl.vraagwijzer.fouten;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the test client saw, as a ledger: the id of every write answered 2xx (which must be in the
 * database afterwards) and every status counted, with the answers of 5xx kept for their headers.
 */
final class Grootboek {

    final ConcurrentLinkedQueue<String> bevestigd = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicInteger> statussen = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Response> storingen = new ConcurrentLinkedQueue<>();
    final AtomicInteger geenAntwoord = new AtomicInteger();

    void boek(Response antwoord) {
        statussen
                .computeIfAbsent(antwoord.statusCode(), status -> new AtomicInteger())
                .incrementAndGet();
        if (antwoord.statusCode() == 201) {
            bevestigd.add(antwoord.path("id"));
        } else if (antwoord.statusCode() >= 500) {
            storingen.add(antwoord);
        }
    }

    int aantal(int status) {
        AtomicInteger teller = statussen.get(status);
        return teller == null ? 0 : teller.get();
    }

    List<Integer> andereDan(int... verwacht) {
        return statussen.keySet().stream()
                .filter(status -> java.util.Arrays.stream(verwacht).noneMatch(v -> v == status))
                .toList();
    }
}
