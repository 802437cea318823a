package eu.cbss.impt.hub.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    @TempDir
    Path tmp;

    @Test
    void generatedOnceWithOwnerOnlyPermissions() throws Exception {
        HubSettings settings = HubSettings.defaults().withVarDir(tmp);
        Secrets first = Secrets.load(settings);
        Path key = tmp.resolve("secrets/pseudonymisation.key");
        assertEquals(key, first.pseudonymisationKeyFile());
        assertEquals(32, Base64.getDecoder().decode(Files.readString(key)).length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        Path secret = tmp.resolve("secrets/hub-web-client-secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("secrets"))));
        assertFalse(first.webClientSecret().isBlank());

        Secrets second = Secrets.load(settings);
        assertEquals(first.webClientSecret(), second.webClientSecret());
        assertEquals(Files.readString(key), Files.readString(second.pseudonymisationKeyFile()));
    }

    @Test
    void givenSecretsWin() throws Exception {
        Path keyFile = Files.writeString(tmp.resolve("my.key"), "AAAA");
        HubSettings settings = HubSettings.defaults().withVarDir(tmp.resolve("var"))
                .withExternalKeycloak("https://id.example.org", "given");
        settings = new HubSettings(settings.checkoutDir(), settings.varDir(), settings.distDir(), settings.httpPort(),
                settings.dbPort(), null, "hub", "hub", 8180, 9180, "https://id.example.org", "given", keyFile,
                null, null, null, false, settings.payaraJvmOptions(), null);
        Secrets s = Secrets.load(settings);
        assertEquals("given", s.webClientSecret());
        assertEquals(keyFile, s.pseudonymisationKeyFile());
        assertFalse(Files.exists(tmp.resolve("var/secrets/hub-web-client-secret")));
    }

    @Test
    void narrativeKeysAreGeneratedOnceAndRotatedKeepingTheOldKeys() throws Exception {
        HubSettings settings = HubSettings.defaults().withVarDir(tmp);
        Path file = Secrets.load(settings).narrativeKeysFile();
        assertEquals(tmp.resolve("secrets/narrative-keys"), file);
        assertEquals(file, Secrets.narrativeKeysFile(settings));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String first = Files.readString(file);
        assertEquals(first, Files.readString(Secrets.load(settings).narrativeKeysFile()), "kept between starts");
        java.util.List<String> keys = first.lines().filter(l -> !l.startsWith("#") && !l.startsWith("current=")).toList();
        assertEquals(1, keys.size());
        String firstId = keys.get(0).substring(0, keys.get(0).indexOf('='));
        assertEquals(32, Base64.getDecoder().decode(keys.get(0).substring(firstId.length() + 1)).length);
        assertTrue(first.contains("current=" + firstId + "\n"));

        String newId = Secrets.rotateNarrativeKey(file);
        String rotated = Files.readString(file);
        assertTrue(rotated.contains(keys.get(0) + "\n"), "the old key is kept");
        assertTrue(rotated.contains("\n" + newId + "="), "the new key is added");
        assertEquals(1, rotated.lines().filter(l -> l.startsWith("current=")).count());
        assertTrue(rotated.endsWith("current=" + newId + "\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // the API's parser reads what the launcher wrote
        assertEquals(newId, eu.cbss.impt.hub.narrative.MasterKeys.parse(rotated).currentId());
        assertEquals(2, eu.cbss.impt.hub.narrative.MasterKeys.parse(rotated).ids().size());

        assertThrows(IllegalStateException.class, () -> Secrets.rotateNarrativeKey(tmp.resolve("none")));
    }
}
