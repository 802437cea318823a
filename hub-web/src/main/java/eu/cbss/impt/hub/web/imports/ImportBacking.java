package eu.cbss.impt.hub.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.api.FieldError;
import eu.cbss.impt.hub.web.i18n.UiText;

/**
 * The upload page ({@code signals/import.xhtml}). Sends the chosen file to the API as it is, in the
 * format its extension names; a file the API refuses as a whole gets the reason beside the field.
 * A received file is shown at {@code ?id=…} (so a reload finds it again): its progress, asked for
 * every second until it has ended, its counts and its refused rows. The file itself is held only by
 * the request-scoped {@link ImportUpload}, and neither it nor its name is kept.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

    static final String FORM = "importForm";
    static final String FILE = FORM + ":file";
    /** hub-api's limit. web.xml lets a somewhat larger file through so that it gets this readable refusal. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** What the poll re-draws besides the progress when the status changes. */
    static final List<String> ON_STATUS_CHANGE = List.of("importStatus", "importList");

    @Inject
    ImportGateway imports;

    @Inject
    ImportUpload upload;

    @Inject
    ImportListBacking latest;

    @Inject
    ApiFailures failures;

    private String id;
    private SignalImport current;
    private boolean missing;
    private boolean pollFailed;

    /** {@code f:viewAction}: loads the import named by {@code ?id=}, once. */
    public void load() {
        if (current != null || missing || id == null || id.isBlank()) {
            return;
        }
        try {
            current = imports.find(id);
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.isInvalidInput()) {
                missing = true;
            } else {
                failures.show(problem);
            }
        }
    }

    /** {@code p:poll}: the import's progress again; on a change of status the status line and the latest uploads too. */
    public void refresh() {
        if (!isPolling()) {
            return;
        }
        String before = current.status();
        try {
            current = imports.find(current.id());
        } catch (ApiProblem problem) {
            pollFailed = true;
            failures.show(problem);
            return;
        }
        if (!Objects.equals(before, current.status())) {
            latest.reload();
            PrimeFaces.current().ajax().update(ON_STATUS_CHANGE);
        }
    }

    /** The page asks for progress while the import runs (and stops after a failed request: a reload starts again). */
    public boolean isPolling() {
        return current != null && !current.isEnded() && !pollFailed;
    }

    /** The upload button (a full, non-ajax submit of the multipart form). */
    public String upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UploadedFile file = upload.getFile();
        Optional<String> refusal = refusal(file == null ? null : file.getFileName(), file == null ? 0 : file.getSize());
        if (refusal.isPresent()) {
            refuse(faces, List.of(UiText.text(refusal.get())));
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            SignalImport received = imports.upload(content, UploadFormat.ofFileName(file.getFileName()).orElseThrow());
            return "/signals/import?faces-redirect=true&id=" + received.id();
        } catch (ApiProblem problem) {
            if (problem.isInvalidInput()) {
                refuse(faces, reasons(problem));
            } else {
                failures.show(problem);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            forget(file);
        }
    }

    /**
     * Why a chosen file is not sent, as a bundle key: no file, an extension that names neither
     * format, or more bytes than the API takes. Empty when it may be sent.
     */
    static Optional<String> refusal(String fileName, long size) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.of("import.file.missing");
        }
        if (UploadFormat.ofFileName(fileName).isEmpty()) {
            return Optional.of("import.file.type");
        }
        if (size > MAX_BYTES) {
            return Optional.of("import.file.tooLarge");
        }
        return Optional.empty();
    }

    /** The API's reasons for refusing the file (on the field {@code file}), else its detail. */
    static List<String> reasons(ApiProblem problem) {
        List<String> reasons = problem.errors().stream().map(FieldError::message).filter(Objects::nonNull).toList();
        if (!reasons.isEmpty()) {
            return reasons;
        }
        return List.of(problem.detail() == null ? UiText.text("problem.invalid") : problem.detail());
    }

    private static void refuse(FacesContext faces, List<String> reasons) {
        String label = UiText.text("import.file.label");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, UiText.text("import.notUploaded"),
                UiText.text("import.notUploaded")));
        for (String reason : reasons) {
            faces.addMessage(FILE, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + reason, reason));
        }
        faces.validationFailed();
    }

    /** Frees the uploaded bytes at once rather than when the request ends. */
    private static void forget(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not free an uploaded file: {0}", e.getClass().getName());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The import named by {@code ?id=}; null when none is named or it could not be found. */
    public SignalImport getCurrent() {
        return current;
    }

    /** The API answered 404: no such import, or another organisation's (the API does not say which). */
    public boolean isMissing() {
        return missing;
    }

    /** The status in words, such as "Reading the rows". */
    public String statusLabel(String status) {
        return status == null ? "" : UiText.find("import.status." + status).orElse(status);
    }

    public List<ImportColumn> getColumns() {
        return ImportColumn.ALL;
    }
}
