package eu.cbss.impt.hub.web.estimate;

import java.io.Serializable;
import java.util.Locale;

/**
 * The geometry of the page's picture: a bar for the children seen, a bar for the estimated total with
 * its 95% interval as a line across it, on one scale from 0 to a little beyond the interval's upper end
 * (or the estimate, when the likelihood sets no upper end; then the line runs to the edge). Positions
 * are in the SVG's user units, {@link #WIDTH} wide.
 */
public record IntervalPicture(double observed, double estimate, double lower, Double upper) implements Serializable {

    public static final int WIDTH = 600;
    /** Where the bars start: room for nothing but the axis; labels are beside the picture, in the page's language. */
    private static final double LEFT = 10;

    static IntervalPicture of(Estimate e) {
        if (!e.estimable() || e.estimate() == null) return null;
        return new IntervalPicture(e.observed(), e.estimate(), e.lower() == null ? e.observed() : e.lower(), e.upper());
    }

    private double scaleEnd() {
        return Math.max(1, (upper != null ? upper : estimate * 1.5) * 1.05);
    }

    private double x(double value) {
        return LEFT + (WIDTH - 2 * LEFT) * Math.min(value, scaleEnd()) / scaleEnd();
    }

    public String observedWidth() {
        return fmt(x(observed) - LEFT);
    }

    public String estimateWidth() {
        return fmt(x(estimate) - LEFT);
    }

    public String lowerX() {
        return fmt(x(lower));
    }

    public String upperX() {
        return fmt(upper == null ? WIDTH - LEFT : x(upper));
    }

    public String left() {
        return fmt(LEFT);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
