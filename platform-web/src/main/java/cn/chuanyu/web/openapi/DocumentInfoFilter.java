package cn.chuanyu.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Info;

/**
 * The document's licence and server. The server is {@code /}: the document is served by the origin a client calls (the
 * gateway, or the service itself), so paths resolve against wherever it was fetched from; SmallRye's auto-generated
 * {@code localhost}/{@code 0.0.0.0} servers would point a client at the build machine.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class DocumentInfoFilter implements OASFilter {

    static final String LICENSE = "Apache-2.0";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Info info = openAPI.getInfo();
        if (info == null) {
            info = OASFactory.createInfo();
            openAPI.setInfo(info);
        }
        if (info.getLicense() == null) {
            info.setLicense(OASFactory.createLicense().name(LICENSE).identifier(LICENSE));
        }
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url("/")
                .description("The origin this document was fetched from: the gateway, or the service itself"))));
    }
}
