package hall.surveys.statistics.domain;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the bars of a chart back by parsing the SVG as XML. */
public final class SvgBars {

    private SvgBars() {
    }

    /** The bars of an SVG document: department, year, rate and drawn height. */
    public record Bar(String department, int year, double rate, double height, double y) {
    }

    public static List<Bar> of(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if ("bar".equals(r.getAttribute("class"))) {
                bars.add(new Bar(r.getAttribute("data-department"), Integer.parseInt(r.getAttribute("data-year")),
                        Double.parseDouble(r.getAttribute("data-rate")), Double.parseDouble(r.getAttribute("height")),
                        Double.parseDouble(r.getAttribute("y"))));
            }
        }
        return bars;
    }

}
