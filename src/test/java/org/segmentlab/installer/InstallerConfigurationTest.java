package org.segmentlab.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmentlab.core.project.ProjectStore;

/**
 * The jpackage configuration under installer/. Only the Linux packages can be built on the CI
 * machine, so these checks are what keeps the Windows and macOS argument files from rotting.
 */
class InstallerConfigurationTest {

    private static final Path INSTALLER = Path.of("installer");
    private static final List<String> OPTIONS_NAMING_FILES =
            List.of("--icon", "--resource-dir", "--file-associations", "--license-file");

    @Test
    void theRuntimeModulesExistInThisJdk() throws IOException {
        List<String> modules = Arrays.asList(
                singleValue(arguments(INSTALLER.resolve("jpackage/app-image.args")), "--add-modules").split(","));

        assertThat(modules).contains("java.base", "java.desktop", "java.sql", "jdk.unsupported");
        assertThat(modules).allSatisfy(module ->
                assertThat(ModuleFinder.ofSystem().find(module)).as("module %s", module).isPresent());
    }

    @Test
    void theAppImageStartsTheLauncherThatPicksGuiOrCommandLine() throws IOException {
        Map<String, List<String>> args = arguments(INSTALLER.resolve("jpackage/app-image.args"));

        assertThat(singleValue(args, "--main-class")).isEqualTo(org.segmentlab.Launcher.class.getName());
        assertThat(singleValue(args, "--main-jar")).isEqualTo("segmentlab.jar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux/app-image.args", "linux/deb.args", "windows/app-image.args",
        "windows/msi.args", "macos/app-image.args", "macos/dmg.args"})
    void everyFileAnArgumentFileNamesExists(String argumentFile) throws IOException {
        Map<String, List<String>> args = arguments(INSTALLER.resolve(argumentFile));
        List<String> named = new ArrayList<>();
        for (String option : OPTIONS_NAMING_FILES) {
            named.addAll(args.getOrDefault(option, List.of()));
        }
        for (String launcher : args.getOrDefault("--add-launcher", List.of())) {
            named.add(launcher.substring(launcher.indexOf('=') + 1));
        }

        assertThat(named).as("files named in %s", argumentFile).isNotEmpty()
                .allSatisfy(file -> assertThat(Path.of(file)).exists());
    }

    @Test
    void eachPlatformUsesItsOwnIconFormat() throws IOException {
        assertThat(singleValue(arguments(INSTALLER.resolve("linux/deb.args")), "--icon")).endsWith(".png");
        assertThat(singleValue(arguments(INSTALLER.resolve("windows/msi.args")), "--icon")).endsWith(".ico");
        assertThat(singleValue(arguments(INSTALLER.resolve("macos/dmg.args")), "--icon")).endsWith(".icns");
    }

    @Test
    void theFileAssociationCoversProjectFiles() throws IOException {
        Properties association = association();
        String glob = mimeGlob(Files.readString(INSTALLER.resolve("linux/segmentlab-project.xml")));

        assertThat("." + association.getProperty("extension")).isEqualTo(ProjectStore.EXTENSION);
        assertThat(glob).isEqualTo("*" + ProjectStore.EXTENSION);
    }

    @Test
    void theDesktopEntryOpensProjectFilesOfTheAssociatedType() throws IOException {
        Map<String, String> entry = desktopEntry(INSTALLER.resolve("linux/segmentlab.desktop"));
        String mimeType = association().getProperty("mime-type");

        assertThat(entry.get("Name")).isEqualTo("SegmentLab");
        assertThat(entry.get("Categories")).isEqualTo("Office;Science;");
        assertThat(entry.get("MimeType")).isEqualTo(mimeType + ";");
        assertThat(entry.get("Exec")).isEqualTo("/opt/segmentlab/bin/segmentlab %f");
        assertThat(entry.get("Icon")).isEqualTo("/opt/segmentlab/lib/segmentlab.png");
        assertThat(Files.readString(INSTALLER.resolve("linux/segmentlab-project.xml")))
                .contains("type=\"" + mimeType + "\"");
    }

    @Test
    void theDesktopEntryPointsIntoTheInstallDirectoryOfTheDeb() throws IOException {
        Map<String, List<String>> deb = arguments(INSTALLER.resolve("linux/deb.args"));

        assertThat(singleValue(deb, "--install-dir")).isEqualTo("/opt");
        assertThat(desktopEntry(INSTALLER.resolve("linux/segmentlab.desktop")).get("Exec"))
                .startsWith(singleValue(deb, "--install-dir") + "/segmentlab/bin/segmentlab ");
    }

    private static Properties association() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(INSTALLER.resolve("jpackage/slproj.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static String mimeGlob(String mimeInfo) {
        Matcher glob = Pattern.compile("<glob pattern=\"([^\"]+)\"").matcher(mimeInfo);
        assertThat(glob.find()).as("a glob in the MIME type file").isTrue();
        return glob.group(1);
    }

    private static Map<String, String> desktopEntry(Path file) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                keys.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return keys;
    }

    private static String singleValue(Map<String, List<String>> args, String option) {
        assertThat(args.get(option)).as("values of %s", option).hasSize(1);
        return args.get(option).get(0);
    }

    /** Option to values, read the way jpackage reads an @file: '#' starts a comment, quotes group words. */
    private static Map<String, List<String>> arguments(Path file) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(text);
            while (word.find()) {
                words.add(word.group(1) != null ? word.group(1) : word.group(2));
            }
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String option = words.get(i);
            assertThat(option).as("option in %s", file).startsWith("--");
            boolean flag = i + 1 == words.size() || words.get(i + 1).startsWith("--");
            options.computeIfAbsent(option, k -> new ArrayList<>()).add(flag ? "" : words.get(++i));
        }
        return options;
    }
}
