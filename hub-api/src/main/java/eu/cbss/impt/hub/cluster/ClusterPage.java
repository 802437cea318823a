package eu.cbss.impt.hub.cluster;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One page of clusters ({@code page} 0-based, {@code total} counts all matching clusters) and what is
 * counted: {@code basis}.
 */
@Schema(name = "ClusterPage", properties = @SchemaProperty(name = "total", type = SchemaType.INTEGER, format = "int64"))
public record ClusterPage(List<ClusterView> items, int page, int size, long total, Basis basis) {

    /**
     * What {@code total} counts, in words a reader of a figure needs: which kinds, verification states
     * and assessed grades it includes.
     */
    @Schema(name = "ClusterCountBasis")
    public record Basis(String unit, List<String> kinds, List<String> verification, List<String> assessedGrades,
            String counts, String excludes, String note) {
    }

    static Basis basis(List<String> kinds, List<String> verification, List<String> assessedGrades) {
        return new Basis("CLUSTER", kinds, verification, assessedGrades,
                "Clusters as linkage and the national coordinators' splits and separations make them now: a CHILD "
                        + "cluster is taken for one child, an INCIDENT cluster for one incident.",
                "Clusters merged into another, and clusters whose every signal was withdrawn.",
                "Not a count of signals, nor an estimate of the children in the country: a child no accepted signal "
                        + "names is in no cluster, and two clusters may still be one child until a coordinator sees it.");
    }
}
