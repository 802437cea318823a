package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;

/**
 * One child row of the "New signal" form, without identifiers: those live only in the request
 * ({@link ChildIdentifiers}) and never in this view-scoped state.
 */
public class ChildDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sex;
    private Integer age;
    private String ageBand;
    private String citizenship;
    private String countryOfBirth;
    private String recruitmentCountry;
    private String legalStatus;
    private Boolean retrafficked;

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(String ageBand) {
        this.ageBand = ageBand;
    }

    public String getCitizenship() {
        return citizenship;
    }

    public void setCitizenship(String citizenship) {
        this.citizenship = citizenship;
    }

    public String getCountryOfBirth() {
        return countryOfBirth;
    }

    public void setCountryOfBirth(String countryOfBirth) {
        this.countryOfBirth = countryOfBirth;
    }

    public String getRecruitmentCountry() {
        return recruitmentCountry;
    }

    public void setRecruitmentCountry(String recruitmentCountry) {
        this.recruitmentCountry = recruitmentCountry;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(String legalStatus) {
        this.legalStatus = legalStatus;
    }

    public Boolean getRetrafficked() {
        return retrafficked;
    }

    public void setRetrafficked(Boolean retrafficked) {
        this.retrafficked = retrafficked;
    }
}
