package cn.chuanyu.alliance.kernel;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Copies the {@code zone} claim of a zone officer's token into the identity's attributes, so that authorisation code
 * reads one place whatever authenticated the caller.
 */
@ApplicationScoped
public class ZoneClaim implements SecurityIdentityAugmentor {

    public static final String ATTRIBUTE = "zone";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getClaim(ATTRIBUTE) == null) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(ATTRIBUTE, token.getClaim(ATTRIBUTE).toString())
                        .build());
    }
}
