package cn.chuanyu.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Says explicitly that an operation without a security requirement is public ({@code security: []}): a reader (and a
 * linter's {@code security-defined} rule) cannot tell an operation that needs no token from one whose requirement was
 * forgotten. The services annotate what needs a token; everything else is public.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PublicOperationsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty()) {
            return; // the document's requirement applies to every operation that states none
        }
        BodySchemasFilter.forEachOperation(openAPI, operation -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
        });
    }
}
