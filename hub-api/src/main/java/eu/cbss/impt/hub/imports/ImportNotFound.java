package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No such import, or one of another organisation: answered alike, so that existence does not leak. */
public class ImportNotFound extends RuntimeException {

    public ImportNotFound() {
        super("This import does not exist or you may not see it.");
    }

    @Provider
    public static class Mapper implements ExceptionMapper<ImportNotFound> {
        @Override
        public Response toResponse(ImportNotFound e) {
            return Problem.of(404, "Not found", e.getMessage()).toResponse();
        }
    }
}
