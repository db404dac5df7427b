package cn.chuanyu.conference.kernel;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the conference rules need it: organisers read every paper and the awards before they are
 * announced; everyone else acts on their own papers, intents and reviews only. The award list is public, so an
 * anonymous caller is one too: no user, no role.
 */
public record Caller(String user, boolean organiser) {

    public static final String ORGANISER = "organiser";
    public static final String RESEARCHER = "researcher";
    public static final String REVIEWER = "reviewer";
    private static final Caller ANONYMOUS = new Caller(null, false);

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(ORGANISER));
    }

    public boolean is(String account) {
        return account.equals(user);
    }
}
