package eu.cbss.impt.hub.cluster;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of open near misses, newest first; {@code total} counts pairs to look at, not children. */
@Schema(name = "NearMissPage")
public record NearMissPage(List<NearMissView> items, int page, int size, long total) {
}
