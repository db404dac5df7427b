package cn.chuanyu.web.export;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code format} query parameter of a sheet download ({@code @Valid @BeanParam}): csv (the default) or xlsx. */
public class FileFormat {

    @Parameter(description = "csv (default; UTF-8 with a byte order mark) or xlsx")
    @QueryParam("format")
    @DefaultValue("csv")
    @Pattern(regexp = SheetDownload.FORMATS)
    public String value;
}
