package hall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The build names the JDK it needs: the root pom's enforcer rule asks for at least the release the modules
 * compile to, so `./mvnw` on an older JDK stops with one line saying so (checked by hand with JDK 17:
 * "This build needs a JDK 21 or newer").
 */
class BuildJdkTest {

    @Test
    void theEnforcerRequiresAJdkOfAtLeastTheCompiledRelease() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();

        String release = xpath.evaluate("/*[local-name()='project']/*[local-name()='properties']/*[local-name()='maven.compiler.release']", pom);
        String range = xpath.evaluate("/*[local-name()='project']/*[local-name()='build']/*[local-name()='plugins']"
                + "/*[local-name()='plugin'][*[local-name()='artifactId']='maven-enforcer-plugin']"
                + "//*[local-name()='requireJavaVersion']/*[local-name()='version']", pom);
        String goal = xpath.evaluate("/*[local-name()='project']/*[local-name()='build']/*[local-name()='plugins']"
                + "/*[local-name()='plugin'][*[local-name()='artifactId']='maven-enforcer-plugin']//*[local-name()='goal']", pom);

        assertThat(release).isEqualTo("21");
        assertThat(goal).isEqualTo("enforce");
        assertThat(range).isEqualTo("[" + release + ",)");
    }
}
