package eu.cbss.impt.hub.problem;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.narrative.NarrativeKeyring;
import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.pseudonymisation.PseudonymiserProducer;
import eu.cbss.impt.hub.validation.Conflict;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.NotFound;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The family of mappers that turn every exception into problem+json; one small class each. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput e) {
            return Problem.invalid(e.problemCode(), e.getMessage(), e.errors()).toResponse();
        }
    }

    /** Signals, organisations, clusters and imports alike. */
    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.of(e.problemCode(), e.getMessage()).toResponse();
        }
    }

    /** Review steps, organisations and clusters alike. */
    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            return Problem.of(e.problemCode(), e.getMessage()).toResponse();
        }
    }

    static final String LOST_RACE = "Someone else changed this just now; reload it and try again.";

    /** Whether an optimistic-locking failure (JPA's or EclipseLink's own) is somewhere in the chain of causes. */
    public static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** A lost optimistic-locking race (and the RollbackException wrapping it at commit) is 409; anything else 500. */
    @Provider
    public static class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return lostRace(e) ? Problem.of(ProblemCode.CHANGED_MEANWHILE, LOST_RACE).toResponse() : new UnexpectedMapper().toResponse(e);
        }
    }

    /** The interceptor of @Transactional wraps a failed commit in a TransactionalException. */
    @Provider
    public static class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return lostRace(e) ? Problem.of(ProblemCode.CHANGED_MEANWHILE, LOST_RACE).toResponse() : new UnexpectedMapper().toResponse(e);
        }
    }

    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied e) {
            return Problem.of(e.problemCode(), e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class KeyMissingMapper implements ExceptionMapper<PseudonymiserProducer.KeyMissing> {
        @Override
        public Response toResponse(PseudonymiserProducer.KeyMissing e) {
            return Problem.of(ProblemCode.PSEUDONYMISATION_KEY_MISSING, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NarrativeKeysMissingMapper implements ExceptionMapper<NarrativeKeyring.KeysMissing> {
        @Override
        public Response toResponse(NarrativeKeyring.KeysMissing e) {
            return Problem.of(ProblemCode.NARRATIVE_KEYS_MISSING, e.getMessage()).toResponse();
        }
    }

    /** Errors JAX-RS raises itself (unknown path, wrong method or media type, role refused). */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known != null ? known.getReasonPhrase() : "Error";
            Problem problem = switch (status) {
                case 403 -> Problem.of(ProblemCode.ROLE_NOT_ALLOWED, "Your role does not allow this.");
                case 404 -> Problem.of(ProblemCode.NO_SUCH_PATH, e instanceof NotFoundException
                        ? "There is nothing at this address." : title + ".");
                case 405 -> Problem.of(ProblemCode.METHOD_NOT_ALLOWED, "This method is not allowed here.");
                case 406 -> Problem.of(ProblemCode.NOT_ACCEPTABLE, "The API answers in application/json.");
                case 415 -> Problem.of(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "This media type is not accepted here: JSON "
                        + "for single requests, text/csv or application/x-ndjson for imports (see /openapi).");
                default -> Problem.of(ProblemCode.REQUEST_REFUSED, status, title + ".");
            };
            return problem.toResponse();
        }
    }

    /**
     * The chain of causes with where each was thrown; messages only of linkage errors (they name a
     * class), since other messages could quote request data such as a narrative.
     */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.length() == 0 ? "" : " <- caused by ").append(t.getClass().getName());
            if (t instanceof LinkageError) out.append(" (").append(t.getMessage()).append(')');
            if (t.getStackTrace().length > 0) out.append(" at ").append(t.getStackTrace()[0]);
        }
        return out.toString();
    }

    /** Anything else is our fault: log it with an incident id, answer without internals. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident {0}: {1}", new Object[] {incident, describe(e)});
            return Problem.of(ProblemCode.INTERNAL_ERROR,
                    "Something went wrong on the hub's side; nothing was changed. Incident " + incident + ".").toResponse();
        }
    }
}
