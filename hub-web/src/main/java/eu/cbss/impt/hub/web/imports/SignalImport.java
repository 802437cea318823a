package eu.cbss.impt.hub.web.imports;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;
import eu.cbss.impt.hub.web.i18n.UiText;

/**
 * An uploaded file as the API shows it: where it is ({@code QUEUED}, {@code RUNNING}, then
 * {@code DONE} or {@code FAILED}), its rows read, accepted and rejected, the signals created or
 * already filed, and the first row errors (in the latest imports' list, none).
 */
public record SignalImport(String id, String status, String format, int total, int processed, int accepted,
        int rejected, int signalsCreated, int signalsAlreadyFiled, int errorCount, String submittedBy,
        OffsetDateTime receivedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String failure,
        List<RowError> errors) implements Serializable {

    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public SignalImport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static SignalImport from(JsonObject json) {
        return new SignalImport(JsonValues.string(json, "id"), JsonValues.string(json, "status"),
                JsonValues.string(json, "format"), count(json, "total"), count(json, "processed"),
                count(json, "accepted"), count(json, "rejected"), count(json, "signalsCreated"),
                count(json, "signalsAlreadyFiled"), count(json, "errorCount"), JsonValues.string(json, "submittedBy"),
                JsonValues.dateTime(json, "receivedAt"), JsonValues.dateTime(json, "startedAt"),
                JsonValues.dateTime(json, "finishedAt"), JsonValues.string(json, "failure"),
                JsonValues.objects(json, "errors").stream().map(RowError::from).toList());
    }

    private static int count(JsonObject json, String name) {
        return (int) JsonValues.longValue(json, name, 0);
    }

    /** Done or failed: nothing more will change, so the page stops asking. */
    public boolean isEnded() {
        return DONE.equals(status) || FAILED.equals(status);
    }

    public boolean isFailed() {
        return FAILED.equals(status);
    }

    /**
     * Rows read, in whole percent of the rows in the file, rounded down: 100 only when every row
     * has been read (or an empty file has ended).
     */
    public int percent() {
        if (total <= 0) {
            return isEnded() ? 100 : 0;
        }
        return (int) Math.min(100, Math.max(0, (long) processed * 100 / total));
    }

    /** "1,250 of 8,000 rows", with the digits grouped as the page's language does it. */
    public String progressText() {
        return progressText(UiText.locale());
    }

    String progressText(Locale language) {
        return UiText.text(language, "import.progress", processed, total);
    }

    /** The API lists only the first row errors; the full report has them all. */
    public boolean hasMoreErrorsThanListed() {
        return errorCount > errors.size();
    }
}
