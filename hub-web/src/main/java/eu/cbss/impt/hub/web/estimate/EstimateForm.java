package eu.cbss.impt.hub.web.estimate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the national coordinator asks for: by default the last twelve months, the whole country, one
 * list per organisation type, unverified and verified clusters (not dismissed ones), every grade.
 */
public class EstimateForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> VERIFICATIONS = List.of("UNVERIFIED", "VERIFIED", "DISMISSED");
    static final List<String> GRADES = List.of("OFFICIAL", "MAYBE", "ANECDOTAL");

    private LocalDate from;
    private LocalDate to;
    private String region;
    private String lists;
    private List<String> verifications = new ArrayList<>(List.of("UNVERIFIED", "VERIFIED"));
    private List<String> grades = new ArrayList<>(GRADES);

    static EstimateForm lastYear(LocalDate today) {
        EstimateForm f = new EstimateForm();
        f.from = today.minusYears(1).plusDays(1);
        f.to = today;
        return f;
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region == null || region.isBlank() ? null : region; }
    public String getLists() { return lists; }
    public void setLists(String lists) { this.lists = lists == null || lists.isBlank() ? null : lists.strip(); }
    public List<String> getVerifications() { return verifications; }
    public void setVerifications(List<String> v) { this.verifications = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public List<String> getGrades() { return grades; }
    public void setGrades(List<String> g) { this.grades = g == null ? new ArrayList<>() : new ArrayList<>(g); }
}
