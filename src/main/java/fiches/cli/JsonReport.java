package fiches.cli;

import fiches.batch.Notice;
import fiches.batch.Outcome;
import fiches.problem.Problem;
import fiches.recueil.Recueil;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A machine-readable report for collections of guides checked in their own CI: one JSON
 * document with every guide's status, outputs and messages. Small enough to write by hand;
 * a JSON library would be the largest dependency of the tool.
 */
final class JsonReport implements Report {
    private final PrintWriter out;
    private final List<Notice> warnings = new ArrayList<>();
    private Notice error;
    private Recueil.Written recueil;

    JsonReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void guide(Outcome outcome) {
        // everything is written at the end, as one document
    }

    @Override
    public void notice(Notice notice) {
        if (notice.error()) {
            error = error == null ? notice : error;
        } else {
            warnings.add(notice);
        }
    }

    @Override
    public void recueil(Recueil.Written written) {
        this.recueil = written;
    }

    /**
     * The whole run as one document. {@code warnings} (entries skipped, a manifest rebuilt) and
     * {@code error} (Fiches itself failed: status 3) appear only when there is something to say.
     */
    @Override
    public void summary(List<Outcome> outcomes) {
        long failed = outcomes.stream().filter(Outcome::failed).count();
        out.println("{\"guides\":" + outcomes.size() + ",\"failed\":" + failed + ",\"results\":["
                + outcomes.stream().map(JsonReport::outcome).collect(Collectors.joining(",")) + "]"
                + (warnings.isEmpty()
                        ? ""
                        : ",\"warnings\":["
                                + warnings.stream().map(JsonReport::noticeJson).collect(Collectors.joining(",")) + "]")
                + (recueil == null ? "" : ",\"recueil\":" + recueilJson(recueil))
                + (error == null ? "" : ",\"error\":" + noticeJson(error)) + "}");
        out.flush();
    }

    /**
     * The document of a run refused for its command line (exit status 2): no guide was made, and
     * {@code error} says what is wrong, as {@code error} says why Fiches failed in a run.
     */
    static void usageError(PrintWriter out, String message, String fix) {
        out.println("{\"guides\":0,\"failed\":0,\"results\":[],\"error\":{\"message\":" + str(message) + ",\"fix\":"
                + str(fix) + "}}");
        out.flush();
    }

    /** {@code {"status":"ok","guides":8,"outputs":[...],"left_out":[...]}}; up-to-date when untouched, none with no guide. */
    private static String recueilJson(Recueil.Written r) {
        return "{\"status\":" + str(r.files().isEmpty() ? "none" : r.upToDate() ? "up-to-date" : "ok") + ",\"guides\":"
                + r.guides()
                + ",\"outputs\":["
                + r.files().stream().map(Path::toString).map(JsonReport::str).collect(Collectors.joining(","))
                + "],\"left_out\":["
                + r.leftOut().stream().map(Path::toString).map(JsonReport::str).collect(Collectors.joining(",")) + "]}";
    }

    private static String noticeJson(Notice n) {
        return "{\"message\":" + str(n.message()) + ",\"fix\":" + str(n.fix()) + "}";
    }

    private static String outcome(Outcome o) {
        return "{\"file\":" + str(o.file().toString()) + ",\"status\":"
                + str(o.failed() ? "failed" : o.upToDate() ? "up-to-date" : "ok")
                + ",\"outputs\":["
                + o.written().stream().map(Path::toString).map(JsonReport::str).collect(Collectors.joining(","))
                + "],\"messages\":["
                + o.problems().stream().map(JsonReport::problem).collect(Collectors.joining(",")) + "]"
                + (o.problems().leftOut() == 0
                        ? ""
                        : ",\"messages_left_out\":" + o.problems().leftOut())
                + "}";
    }

    private static String problem(Problem p) {
        return "{\"severity\":" + str(p.severity().word()) + ",\"kind\":"
                + str(p.kind().name())
                + ",\"line\":" + p.line() + ",\"column\":" + p.column()
                + ",\"message\":" + str(p.message()) + ",\"fix\":" + str(p.fix()) + "}";
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
