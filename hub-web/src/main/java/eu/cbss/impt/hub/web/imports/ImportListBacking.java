package eu.cbss.impt.hub.web.imports;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;

/** The organisation's latest uploads on the upload page: newest first, each with its status and counts. */
@Named
@ViewScoped
public class ImportListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportGateway gateway;

    @Inject
    ApiFailures failures;

    private List<SignalImport> imports = List.of();
    private boolean loaded;
    private boolean failed;

    /** {@code f:viewAction}: loads the list once, before the page is drawn. */
    public void load() {
        if (!loaded) {
            reload();
        }
    }

    /** Asks the API again, e.g. when the import shown above has changed its status. */
    public void reload() {
        loaded = true;
        try {
            imports = gateway.latest();
            failed = false;
        } catch (ApiProblem problem) {
            failed = true;
            failures.show(problem);
        }
    }

    public List<SignalImport> getImports() {
        return imports;
    }

    /** The last load failed: the empty table means "could not load", not "nothing uploaded". */
    public boolean isFailed() {
        return failed;
    }
}
