package eu.cbss.impt.hub.deploy;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The order of the journey classes (junit.jupiter.testclass.order.default in deploy's failsafe
 * configuration): those marked {@link Isolated}, such as the restart, after all the others, so that
 * no journey meets a hub just started again, whose pages are not compiled yet. No journey depends on
 * another's data: any order passes, this one is the quickest.
 */
public final class IsolatedLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(d -> d.isAnnotated(Isolated.class)));
    }
}
