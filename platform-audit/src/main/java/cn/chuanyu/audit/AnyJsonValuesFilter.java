package cn.chuanyu.audit;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents a diff's values as what they are: JSON of any type (a field may be text, a number, a list, null). SmallRye
 * writes {@code type: object} for them, which would refuse a string; they get no type at all.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class AnyJsonValuesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema change = openAPI.getComponents().getSchemas().get("FieldChange");
        if (change == null || change.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : change.getProperties().entrySet()) {
            if (!property.getKey().equals("field")) {
                property.getValue().setType(null);
                property.getValue().setRef(null);
            }
        }
    }
}
