package eu.cbss.impt.hub.web.imports;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.api.HubApi;

/**
 * The upload page's downloads, fetched from hub-api with the user's token and handed to the
 * browser as attachments: {@code /signals/import-files/templates/{file}} (the template and the two
 * examples, by their names only) and {@code /signals/import-files/{id}/errors} (every refused row of
 * an import, as CSV). Under {@code /signals/*}, so only the signal roles reach it (web.xml); the API
 * still decides whose import it is.
 */
@WebServlet(ImportFilesServlet.PATH + "/*")
public class ImportFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/signals/import-files";

    private static final Pattern TEMPLATE = Pattern.compile("/templates/([A-Za-z0-9.-]+)");
    private static final Pattern ERRORS = Pattern.compile("/([0-9a-fA-F-]{36})/errors");

    @Inject
    ImportGateway imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Optional<File> file = find(path);
            if (file.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, file.get());
        } catch (ApiProblem problem) {
            if (problem.isUnauthorized()) {
                response.sendRedirect(request.getContextPath() + ApiFailures.RESTART);
            } else if (problem.isNotFound() || problem.isInvalidInput() || problem.isForbidden()) {
                response.sendError(problem.isForbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    private Optional<File> find(String path) {
        Matcher template = TEMPLATE.matcher(path);
        if (template.matches()) {
            String name = template.group(1);
            return imports.template(name).map(download -> new File(name, download));
        }
        Matcher errors = ERRORS.matcher(path);
        if (errors.matches()) {
            String id = ImportGateway.checkedId(errors.group(1));
            return Optional.of(new File("import-" + id + "-errors.csv", imports.errorReport(id)));
        }
        return Optional.empty();
    }

    private static void send(HttpServletResponse response, File file) throws IOException {
        response.setContentType(file.download().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.download().bytes().length);
        response.getOutputStream().write(file.download().bytes());
    }

    /** A file to hand over: the name it is saved under and what the API sent. */
    private record File(String name, HubApi.Download download) {
    }
}
