package eu.cbss.impt.hub.deploy.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The options of the JVM that runs a command (heap, {@code --add-opens}); a command without it runs
 * with its parent command's. The {@code hub} script reads them, before it starts that JVM, from the
 * table {@code ./hub jvm-options} writes ({@link JvmOptionsTable}), so this is the only place to set them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JvmOptions {

    /** One option per element, as on the java command line. */
    String[] value();

    /** Lets the launcher order the shutdown of PostgreSQL after Payara Micro ({@code EmbeddedDatabase}). */
    String ADD_OPENS = "--add-opens=java.base/java.lang=ALL-UNNAMED";
}
