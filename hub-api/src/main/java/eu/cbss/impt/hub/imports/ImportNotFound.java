package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.NotFound;

/** No such import, or one of another organisation: answered alike, so that existence does not leak. */
public class ImportNotFound extends NotFound {

    public ImportNotFound() {
        super(ProblemCode.IMPORT_NOT_FOUND, "This import does not exist or you may not see it.");
    }
}
