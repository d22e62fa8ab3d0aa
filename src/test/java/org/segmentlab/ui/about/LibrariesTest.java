package org.segmentlab.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The About dialog names every library the application ships with, and its licence. */
class LibrariesTest {

    /** The artifactIds of pom.xml's own dependencies that end up in the application (compile or runtime scope). */
    private static List<String> runtimeDependenciesOfThePom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
        List<String> artifacts = new ArrayList<>();
        for (Element dependencies : children(project, "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                String scope = text(dependency, "scope");
                if (scope == null || scope.equals("compile") || scope.equals("runtime")) {
                    artifacts.add(text(dependency, "artifactId"));
                }
            }
        }
        return artifacts;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    @Test
    void everyRuntimeDependencyOfThePomHasAnAboutEntry() throws Exception {
        List<String> dependencies = runtimeDependenciesOfThePom();
        List<String> listed = Libraries.bundled().stream()
                .flatMap(library -> library.artifacts().stream())
                .collect(Collectors.toList());

        // The pom has 17 of them today; the test must not pass on a pom it failed to read.
        assertThat(dependencies).hasSizeGreaterThanOrEqualTo(17).contains("javafx-controls", "smile-core");
        assertThat(listed).as("artifactIds in libraries.tsv").containsAll(dependencies);
    }

    @Test
    void theTestDependenciesAreNotCountedAsBundled() throws Exception {
        assertThat(runtimeDependenciesOfThePom()).doesNotContain("junit-jupiter", "assertj-core", "openjfx-monocle");
    }

    @Test
    void theMainLibrariesCarryTheirPublishedLicences() {
        Map<String, Library> byName = Libraries.bundled().stream()
                .collect(Collectors.toMap(Library::name, Function.identity()));

        assertThat(byName.get("OpenJFX (JavaFX) 21").licence()).isEqualTo("GPL-2.0 with Classpath Exception");
        assertThat(byName.get("ControlsFX").licence()).isEqualTo("BSD-3-Clause");
        assertThat(byName.get("AtlantaFX").licence()).isEqualTo("MIT");
        assertThat(byName.get("Tablesaw").licence()).isEqualTo("Apache-2.0");
        assertThat(byName.get("Smile").licence()).isEqualTo("GPL-3.0");
        assertThat(byName.get("JFreeChart").licence()).isEqualTo("LGPL-2.1-or-later");
        assertThat(byName.get("JFreeSVG").licence()).isEqualTo("GPL-3.0-or-later");
        assertThat(byName.get("Jackson").licence()).isEqualTo("Apache-2.0");
        assertThat(byName.get("picocli").licence()).isEqualTo("Apache-2.0");
        assertThat(byName.get("SLF4J").licence()).isEqualTo("MIT");
        assertThat(byName.get("Logback").licence()).isEqualTo("EPL-1.0 or LGPL-2.1");
        assertThat(byName.get("Apache PDFBox").licence()).isEqualTo("Apache-2.0");
    }

    @Test
    void everyEntryHasANameALicenceAndAWebsite() {
        List<Library> libraries = Libraries.bundled();

        assertThat(libraries).hasSizeGreaterThan(20);
        assertThat(libraries).allSatisfy(library -> {
            assertThat(library.artifacts()).isNotEmpty();
            assertThat(library.name()).isNotBlank();
            assertThat(library.licence()).isNotBlank();
            assertThat(library.website()).startsWith("https://");
        });
        assertThat(libraries.stream().map(Library::name).distinct().count()).isEqualTo(libraries.size());
    }
}
