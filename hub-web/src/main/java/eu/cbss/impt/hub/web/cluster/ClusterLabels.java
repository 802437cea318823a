package eu.cbss.impt.hub.web.cluster;

import eu.cbss.impt.hub.web.i18n.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The codes of clusters in the user's language ({@code clusterLabels.kind(c.kind)} in the pages); an unknown code as it is. */
@Named
@ApplicationScoped
public class ClusterLabels {

    public String kind(String code) {
        return label("cluster.kind.", code);
    }

    public String verification(String code) {
        return label("cluster.verification.", code);
    }

    public String act(String code) {
        return label("cluster.act.", code);
    }

    public String basis(String code) {
        return label("cluster.basis.", code);
    }

    public String evidence(String code) {
        return label("cluster.evidence.", code);
    }

    /** Why linkage did not join a near miss, in a sentence ({@code ambiguous}, {@code below-threshold}, …). */
    public String nearMissReason(String code) {
        return label("nearMisses.reason.", code);
    }

    /** The same in a few words, for the queue's table. */
    public String nearMissReasonShort(String code) {
        return label("nearMisses.reasonShort.", code);
    }

    /** A realm role, or the hub itself ("system") for what linking did. */
    public String role(String code) {
        if (code == null) return "";
        return UiText.find("role." + code).orElse(label("cluster.role.", code));
    }

    /** A cluster's short reference from its id ("C-1A2B3C4D"). */
    public String reference(String clusterId) {
        return Cluster.reference(clusterId);
    }

    /** "87 %" for a link by similarity; "exact match" for one by exact tokens or the incident rule. */
    public String similarity(Cluster.Link link) {
        Integer percent = link.percent();
        return percent == null ? UiText.text("cluster.links.exact") : UiText.text("cluster.links.percent", percent);
    }

    private static String label(String prefix, String code) {
        return code == null ? "" : UiText.find(prefix + code).orElse(code);
    }
}
