package cn.chuanyu.alliance.kernel;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, the one way this service knows it: the alliance secretariat acts for every zone; a zone officer only
 * for the zone named in their token (see {@link ZoneClaim}).
 */
public record Caller(String user, String zone, boolean secretariat) {

    public static final String SECRETARIAT = "alliance-secretariat";
    public static final String ZONE_OFFICER = "zone-officer";
    public static final String RESEARCHER = "researcher";
    public static final String COMPANY_REPRESENTATIVE = "company-representative";

    private static final Caller ANONYMOUS = new Caller(null, null, false);

    /** The caller of this request; the board is public, so an anonymous caller is one too: no user, no zone. */
    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Object zone = identity.getAttribute(ZoneClaim.ATTRIBUTE);
        return new Caller(
                identity.getPrincipal().getName(),
                zone == null ? null : zone.toString(),
                identity.hasRole(SECRETARIAT));
    }

    public boolean anonymous() {
        return user == null;
    }

    /** Refuses to act for a zone the caller does not represent. */
    public void requireActsFor(String zoneCode) {
        if (!secretariat && !zoneCode.equals(zone)) {
            throw zone == null
                    ? ProblemException.forbidden("no-zone-in-token", zoneCode)
                    : ProblemException.forbidden("other-zone", zone, zoneCode);
        }
    }

    public boolean actsFor(String zoneCode) {
        return secretariat || zoneCode.equals(zone);
    }
}
