package fiches.layout;

import fiches.guide.LinkScheme;
import fiches.guide.SiteProfile;
import fiches.product.Labels;
import fiches.product.Typography;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * What a site profile adds to a guide: its logo atop page 1, and the « Besoin d'aide ? » box
 * at the end with the desk's contacts, one labelled paragraph each.
 */
final class ProfileLayout {
    /** Ids the PDF stage looks for: the logo opens page 1 when there is one. */
    static final String LOGO_ID = "logo";

    static final String HELP_ID = "help";
    /** The logo's printed height: large enough to recognise from across a desk, above the 15 mm asked. */
    static final double LOGO_HEIGHT_MM = 20;

    private final Xhtml x;
    private final Labels labels;
    private final Typography typography;

    ProfileLayout(Xhtml x, Labels labels, Typography typography) {
        this.x = x;
        this.labels = labels;
        this.typography = typography;
    }

    /** The logo, drawn as given at {@link #LOGO_HEIGHT_MM}, and described for screen readers. */
    void logo(Element body, SiteProfile.Logo logo) {
        Element holder = x.add(body, "div", "logo");
        holder.setAttribute("id", LOGO_ID);
        Element img = x.add(holder, "img");
        img.setAttribute("src", logo.file().toUri().toString());
        img.setAttribute("alt", logo.description());
        double width = LOGO_HEIGHT_MM * logo.widthPx() / logo.heightPx();
        img.setAttribute("style", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", width, LOGO_HEIGHT_MM));
    }

    /** « Besoin d'aide ? »: a titled, framed section with each contact the profile gives. */
    void helpBox(Element body, SiteProfile profile) {
        Element box = x.add(body, "section", "help");
        box.setAttribute("id", HELP_ID);
        x.addText(box, "h2", typography.apply(labels.helpTitle()));
        x.addText(x.add(box, "p", "help-name"), "strong", typography.apply(profile.name()));
        profile.address().ifPresent(a -> x.text(contact(box, "address"), typography.apply(a)));
        profile.phone().ifPresent(p -> phone(contact(box, "phone"), p));
        profile.hours().ifPresent(h -> x.text(contact(box, "hours"), typography.apply(h)));
        profile.email().ifPresent(e -> link(contact(box, "email"), LinkScheme.MAILTO.prefix() + e, e));
        profile.website().ifPresent(w -> link(contact(box, "website"), w, BlockWriter.readableAddress(w)));
    }

    /** A paragraph opened by its label, « Téléphone : », ready for the value. */
    private Element contact(Element box, String key) {
        Element p = x.add(box, "p", "contact");
        x.addText(p, "strong", labels.helpLabel(key) + labels.colon());
        return p;
    }

    /** A phone number never breaks across lines; it is a live link where it can be dialled. */
    private void phone(Element p, String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        Element holder = digits.length() < 3 ? p : anchor(p, LinkScheme.TEL.prefix() + digits, phone);
        x.addText(holder, "span", phone).setAttribute("class", "phone");
    }

    /** A link whose words are the address itself, as a reader types it. */
    private void link(Element p, String href, String text) {
        x.text(anchor(p, href, text), text);
    }

    /** @param spoken what a screen reader says for the link */
    private Element anchor(Element p, String href, String spoken) {
        Element a = x.add(p, "a");
        a.setAttribute("href", href);
        a.setAttribute("title", spoken);
        return a;
    }
}
