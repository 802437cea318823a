package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.cluster.DistinctCount;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One page of a signal list; {@code page} is 0-based and {@code total} counts the matching signals (the
 * rows of the list). {@code count} is what the hub counts: the distinct children and incidents those
 * signals are about, with its basis.
 */
@Schema(name = "SignalPage", properties = @SchemaProperty(name = "total", type = SchemaType.INTEGER, format = "int64"))
public record SignalPage(List<SignalView> items, int page, int size, long total, DistinctCount count) {
}
