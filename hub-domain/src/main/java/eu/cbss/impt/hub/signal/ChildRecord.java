package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.pseudonymisation.LinkageTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A pseudonymous child record: the minimum data set of "Hard Data" plus linkage tokens, never identifiers. */
@Entity
@Table(name = "child_record")
public class ChildRecord {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_id")
    private Signal signal;

    private int ordinal;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private Integer age;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    private String citizenship;

    @Column(name = "country_of_birth")
    private String countryOfBirth;

    @Column(name = "recruitment_country")
    private String recruitmentCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status")
    private LegalStatus legalStatus;

    private Boolean retrafficked;

    @Column(name = "name_dob_token")
    private String nameAndBirthToken;

    @Column(name = "id_number_token")
    private String idNumberToken;

    /** Hardened Bloom filter of name and date of birth, for error-tolerant linkage (see BloomFilterEncoder). */
    @Column(name = "name_dob_bloom")
    private String nameAndBirthBloom;

    protected ChildRecord() {
    }

    ChildRecord(Signal signal, int ordinal, ChildSubmission child, LinkageTokens tokens) {
        this.id = UUID.randomUUID();
        this.signal = signal;
        this.ordinal = ordinal;
        this.sex = child.sex();
        this.age = child.age();
        this.ageBand = child.effectiveAgeBand();
        this.citizenship = child.citizenship();
        this.countryOfBirth = child.countryOfBirth();
        this.recruitmentCountry = child.recruitmentCountry();
        this.legalStatus = child.legalStatus();
        this.retrafficked = child.retrafficked();
        this.nameAndBirthToken = tokens.nameAndBirthToken();
        this.idNumberToken = tokens.idNumberToken();
        this.nameAndBirthBloom = tokens.nameAndBirthBloom();
    }

    public UUID id() { return id; }
    public int ordinal() { return ordinal; }
    public Sex sex() { return sex; }
    public Integer age() { return age; }
    public AgeBand ageBand() { return ageBand; }
    public String citizenship() { return citizenship; }
    public String countryOfBirth() { return countryOfBirth; }
    public String recruitmentCountry() { return recruitmentCountry; }
    public LegalStatus legalStatus() { return legalStatus; }
    public Boolean retrafficked() { return retrafficked; }

    /** Whether tokens were derived, so the record can join child clusters. */
    public boolean linkable() {
        return tokens().linkable();
    }

    public LinkageTokens tokens() {
        return new LinkageTokens(nameAndBirthToken, idNumberToken, nameAndBirthBloom);
    }
}
