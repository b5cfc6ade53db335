package nl.vraagwijzer.shared.security;

/**
 * The roles of the token contract ({@code realm_access.roles}). Constants, so that
 * {@code @RolesAllowed} can name them and a typo fails the build instead of locking people out.
 */
public final class Rollen {

    public static final String BALIEMEDEWERKER = "baliemedewerker";
    public static final String PROFESSIONAL = "professional";
    public static final String TEAMLEIDER = "teamleider";
    public static final String BEHEERDER = "beheerder";
    public static final String PRIVACYFUNCTIONARIS = "privacyfunctionaris";
    public static final String PARTNER = "partner";
    public static final String RAPPORTAGE = "rapportage";

    /**
     * A system of one gemeente (its case system, process engine or data platform), with a
     * client-credentials token whose claim {@code gemeente} names that gemeente: it subscribes to
     * the gemeente's events and reads no personal data.
     */
    public static final String GEMEENTESYSTEEM = "gemeentesysteem";

    /**
     * Whoever delivers the gemeente's early-signal data to CBS (DDAS): the one role that reads the
     * delivery with its residents' BSN and address, per gemeente in its claim {@code gemeente}.
     */
    public static final String DDAS_AANLEVERING = "ddas-aanlevering";

    /** The claim that names the organisation of a partner or script client. */
    public static final String ORGANISATIE_CLAIM = "organisatie_id";

    private Rollen() {}
}
