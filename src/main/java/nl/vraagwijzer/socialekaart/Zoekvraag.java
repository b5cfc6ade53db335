package nl.vraagwijzer.socialekaart;

import nl.vraagwijzer.shared.problem.ApiProblem;

/** The {@code q} of a directory search as typed, checked before it reaches the database. */
final class Zoekvraag {

    private Zoekvraag() {}

    /**
     * The words without surrounding blanks; {@code null} stays null (no search).
     *
     * @throws ApiProblem 400 for only blanks (the contract's length limits are checked before)
     */
    static String van(String q) {
        if (q == null) {
            return null;
        }
        String woorden = q.strip();
        if (woorden.isEmpty()) {
            throw ApiProblem.badRequest("q: bevat alleen spaties; geef een of meer woorden om op te zoeken.");
        }
        return woorden;
    }
}
