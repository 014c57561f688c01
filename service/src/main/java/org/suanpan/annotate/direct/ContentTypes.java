package org.suanpan.annotate.direct;

/** [Content_Types].xml: declare the parts and extensions added to the package. */
final class ContentTypes {
    static final String PART = "[Content_Types].xml";
    static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    private String xml;

    ContentTypes(String xml) {
        this.xml = xml;
    }

    void override(String part, String type) {
        if (!xml.contains("PartName=\"/" + part + "\"")) {
            insert("<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/>");
        }
    }

    void extension(String ext, String type) {
        if (!xml.contains("Extension=\"" + ext + "\"") && !xml.contains("Extension='" + ext + "'")) {
            insert("<Default Extension=\"" + ext + "\" ContentType=\"" + type + "\"/>");
        }
    }

    private void insert(String element) {
        int close = xml.lastIndexOf("</Types>");
        xml = xml.substring(0, close) + element + xml.substring(close);
    }

    String xml() {
        return xml;
    }
}
