package eu.cbss.impt.hub.web.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

/**
 * The file chosen in the upload form, for one request only: it may hold children's identifiers,
 * so it is never held by the view-scoped page (which lives in the HTTP session). The web container
 * keeps it in memory (web.xml: the Faces servlet's multipart threshold is its size limit), never on disk.
 */
@Named
@RequestScoped
public class ImportUpload {

    private UploadedFile file;

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
