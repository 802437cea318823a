package eu.cbss.impt.hub.web.imports;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.api.HubApi;

/** The bulk imports of hub-api ({@code /v1/signals/imports}) as the pages use them. Failures arrive as {@link ApiProblem}. */
@RequestScoped
public class ImportGateway {

    static final String IMPORTS = "v1/signals/imports";
    /** The template and the examples hub-api offers. Only these names are asked for: a link cannot name another path. */
    static final Set<String> TEMPLATES = Set.of("signals-template.csv", "signals-example.csv", "signals-example.ndjson");

    @Inject
    HubApi api;

    /** Sends the file as it is; a file refused as a whole is a 400 with the reason on the field {@code file}. */
    public SignalImport upload(InputStream file, UploadFormat format) {
        return SignalImport.from(api.postFile(IMPORTS, file, format.mediaType()).body());
    }

    /** An import's progress and its first row errors; 404 when it is not the user's organisation's. */
    public SignalImport find(String id) {
        return SignalImport.from(api.get(IMPORTS + "/" + checkedId(id)));
    }

    /** The organisation's latest imports, newest first, without their errors. */
    public List<SignalImport> latest() {
        return api.getList(IMPORTS).stream().map(SignalImport::from).toList();
    }

    /** Every row error of an import, as CSV. */
    public HubApi.Download errorReport(String id) {
        return api.download(IMPORTS + "/" + checkedId(id) + "/errors", UploadFormat.CSV.mediaType());
    }

    /** The template or an example by its file name; empty for any other name. */
    public Optional<HubApi.Download> template(String fileName) {
        if (!TEMPLATES.contains(fileName)) {
            return Optional.empty();
        }
        String mediaType = UploadFormat.ofFileName(fileName).orElseThrow().mediaType();
        return Optional.of(api.download(IMPORTS + "/templates/" + fileName, mediaType));
    }

    /**
     * An import's id is a UUID. Anything else (from a link or a query parameter) would be a path
     * inside the API, so it is answered as the API answers an unknown import: 404.
     */
    static String checkedId(String id) {
        try {
            return UUID.fromString(id == null ? "" : id.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(404, "Not Found", "No such import.", List.of());
        }
    }
}
