package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the "New signal" form holds between requests (identifiers excepted, see {@link ChildIdentifiers}). */
public class SignalDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String externalRef;
    private String grade;
    private String sourceType;
    private String informationType;
    private List<String> concerns = new ArrayList<>();
    private String childSituation;
    private String region;
    private LocalDate occurredFrom;
    private LocalDate occurredTo;
    private Integer childrenCount;
    private final List<ChildDraft> children = new ArrayList<>();
    private String narrative;

    public void addChild() {
        children.add(new ChildDraft());
    }

    public void removeChild(int index) {
        if (index >= 0 && index < children.size()) {
            children.remove(index);
        }
    }

    public String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(String externalRef) {
        this.externalRef = externalRef;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getSourceType() {
        return sourceType;
    }

    public void setSourceType(String sourceType) {
        this.sourceType = sourceType;
    }

    public String getInformationType() {
        return informationType;
    }

    public void setInformationType(String informationType) {
        this.informationType = informationType;
    }

    public List<String> getConcerns() {
        return concerns;
    }

    public void setConcerns(List<String> concerns) {
        this.concerns = concerns == null ? new ArrayList<>() : new ArrayList<>(concerns);
    }

    public String getChildSituation() {
        return childSituation;
    }

    public void setChildSituation(String childSituation) {
        this.childSituation = childSituation;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getOccurredFrom() {
        return occurredFrom;
    }

    public void setOccurredFrom(LocalDate occurredFrom) {
        this.occurredFrom = occurredFrom;
    }

    public LocalDate getOccurredTo() {
        return occurredTo;
    }

    public void setOccurredTo(LocalDate occurredTo) {
        this.occurredTo = occurredTo;
    }

    public Integer getChildrenCount() {
        return childrenCount;
    }

    public void setChildrenCount(Integer childrenCount) {
        this.childrenCount = childrenCount;
    }

    public List<ChildDraft> getChildren() {
        return children;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }
}
