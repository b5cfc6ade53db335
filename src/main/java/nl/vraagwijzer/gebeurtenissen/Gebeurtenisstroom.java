package nl.vraagwijzer.gebeurtenissen;

/**
 * The streams of their own that new kinds of event get (ADR 0023), each with its owner, its own
 * sequence and an open list of types in the contract, so that a further type is a minor release.
 * Their events are in neither a partner's stream of its work nor a gemeente system's webhooks.
 */
enum Gebeurtenisstroom {
    /** The status of a signaalpartner's own signals; owned by its organisation (schema {@code Signaalgebeurtenistype}). */
    SIGNALEN("signalen"),
    /** The support plans of a gemeente, for its own systems; owned by the gemeente (schema {@code Plangebeurtenistype}). */
    PLANNEN("plannen");

    private final String code;

    Gebeurtenisstroom(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
