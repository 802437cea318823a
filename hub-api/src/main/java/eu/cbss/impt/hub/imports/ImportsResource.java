package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.problem.Problem;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/signals/imports}: bulk files from local systems. Thin: the rules live in the domain. */
@Path("signals/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM})
@Tag(name = "imports", description = "Files of many signals (CSV or NDJSON) from local systems, read in the background, "
        + "with their progress and row errors; the CSV template and examples")
public class ImportsResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    @Inject
    Caller caller;

    @Inject
    ImportReception reception;

    @Context
    UriInfo uri;

    @POST
    @Consumes({CSV, NDJSON, "application/ndjson"})
    @Operation(operationId = "uploadImport", summary = "Upload a file of signals",
            description = "NDJSON: one signal per line, exactly the body of POST /api/v1/signals. CSV (UTF-8, commas, "
                    + "header row): the columns of the template, one child per row, rows grouped into signals by "
                    + "externalRef. externalRef is required; one already filed is not filed again. The file is checked "
                    + "as a whole first (400, nothing stored); then its rows are read in the background: poll the "
                    + "Location. Values starting with = + - @ are refused (formula injection). At most 64 MiB, 250,000 rows.")
    @RequestBody(required = true, content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "Received; rows are being read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportView")))
    @APIResponse(responseCode = "400", description = "The file as a whole cannot be read: empty, not UTF-8, a NUL byte, "
            + "a wrong header or delimiter, too large", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Neither text/csv nor application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response receive(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ImportFormat format = ImportFormat.ofMediaType(contentType)
                .orElseThrow(() -> new InvalidInput("file", "Send the file as text/csv or application/x-ndjson."));
        SignalImport received = reception.receive(caller, format, read(body));
        return Response.accepted(ImportView.of(received, List.of()))
                .location(uri.getAbsolutePathBuilder().path(received.id().toString()).build()).build();
    }

    @GET
    @Operation(operationId = "listImports", summary = "The latest imports of the caller's organisation, newest first (without their errors)")
    public List<ImportView> latest() {
        return reception.latest(caller);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "An import's progress and its first 1,000 row errors",
            description = "status goes QUEUED, RUNNING, then DONE (or FAILED, with failure saying why). Only for the "
                    + "organisation that sent it (else 404).")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The import's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(ref = "ImportView")))
    @APIResponse(responseCode = "404", description = "No such import of the caller's organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ImportView get(@PathParam("id") String id) {
        return reception.view(caller, parseId(id));
    }

    @GET
    @Path("{id}/errors")
    @Produces(CSV)
    @Operation(operationId = "getImportErrors", summary = "Every row error of an import as CSV (row, field, message)",
            description = "Cells that a spreadsheet would run as a formula are escaped with a leading apostrophe.")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The import's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "The row errors, a header row first",
            content = @Content(mediaType = CSV, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such import of the caller's organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response errors(@PathParam("id") String id) {
        UUID importId = reception.visible(caller, parseId(id)).id();
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord("row", "field", "message");
            reception.eachError(importId, e -> print(printer, e));
            printer.flush();
        };
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"import-" + importId + "-errors.csv\"").build();
    }

    @GET
    @Path("templates/{name}")
    @Produces({CSV, NDJSON})
    @Operation(operationId = "getImportTemplate",
            summary = "The CSV template (signals-template.csv) and the examples (signals-example.csv, signals-example.ndjson)")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "name", required = true, description = "The file",
            schema = @Schema(type = SchemaType.STRING,
            enumeration = {"signals-template.csv", "signals-example.csv", "signals-example.ndjson"})))
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = CSV, schema = @Schema(implementation = String.class)),
            @Content(mediaType = NDJSON, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response template(@PathParam("name") String name) {
        ImportTemplates template = ImportTemplates.named(name).orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        return Response.ok(template.bytes(), template.format().mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + template.fileName() + "\"").build();
    }

    private static void print(CSVPrinter printer, RowError e) {
        try {
            printer.printRecord(e.row(), SpreadsheetCells.neutralise(e.field()), SpreadsheetCells.neutralise(e.message()));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(ImportFile.MAX_BYTES + 1);
            if (bytes.length > ImportFile.MAX_BYTES) {
                throw new InvalidInput("file", "The file is larger than " + ImportFile.MAX_BYTES / (1024 * 1024)
                        + " MiB; split it into several files.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ImportNotFound();
        }
    }
}
