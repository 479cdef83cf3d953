<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en_US">
    <context>
        <name>AnnualPanel</name>
        <message>
            <source>Critical tickets a month</source>
            <translation>Saker per måned, kritisk</translation>
        </message>
        <message>
            <source>High tickets a month</source>
            <translation>Saker per måned, høy</translation>
        </message>
        <message>
            <source>Normal tickets a month</source>
            <translation>Saker per måned, normal</translation>
        </message>
        <message>
            <source>Low tickets a month</source>
            <translation>Saker per måned, lav</translation>
        </message>
        <message>
            <source>Share vendor defect</source>
            <translation>Andel feil i leverandørens produkt</translation>
        </message>
        <message>
            <source>Share customer caused</source>
            <translation>Andel forårsaket av kunden</translation>
        </message>
        <message>
            <source>Share no fault</source>
            <translation>Andel uten feil</translation>
        </message>
        <message>
            <source>Share change request</source>
            <translation>Andel endringsønsker</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Reported from (zone)</source>
            <translation>Meldt fra (tidssone)</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Effort, median</source>
            <translation>Tidsbruk, median</translation>
        </message>
        <message>
            <source>Effort, 90th percentile</source>
            <translation>Tidsbruk, 90. persentil</translation>
        </message>
        <message>
            <source>Share reported outside office hours</source>
            <translation>Andel meldt utenfor åpningstid</translation>
        </message>
        <message>
            <source>Share asking for after-hours work</source>
            <translation>Andel som ber om arbeid utenfor åpningstid</translation>
        </message>
        <message>
            <source>Share needing a release</source>
            <translation>Andel som krever utrulling</translation>
        </message>
        <message>
            <source>On-site visits a year</source>
            <translation>Besøk hos kunden per år</translation>
        </message>
        <message>
            <source>Hours per visit</source>
            <translation>Timer per besøk</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startverdi (seed)</translation>
        </message>
        <message>
            <source>Workload profile</source>
            <translation>Arbeidsmengdeprofil</translation>
        </message>
        <message>
            <source>vary around the mean (Poisson)</source>
            <translation>varierer rundt gjennomsnittet (Poisson)</translation>
        </message>
        <message>
            <source>exactly these numbers</source>
            <translation>nøyaktig disse tallene</translation>
        </message>
        <message>
            <source> simulated years</source>
            <translation> simulerte år</translation>
        </message>
        <message>
            <source>Open profile…</source>
            <translation>Åpne profil…</translation>
        </message>
        <message>
            <source>Yearly cost range</source>
            <translation>Spenn i årskostnad</translation>
        </message>
        <message>
            <source>Cost by ticket volume</source>
            <translation>Kostnad etter saksvolum</translation>
        </message>
        <message>
            <source>The profile is not valid: {problem}</source>
            <translation>Profilen er ikke gyldig: {problem}</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Åpne profil</translation>
        </message>
        <message>
            <source>Profiles (*.yaml *.yml)</source>
            <translation>Profiler (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Cannot open the profile: {problem}</source>
            <translation>Kan ikke åpne profilen: {problem}</translation>
        </message>
        <message>
            <source>Loaded {file}.</source>
            <translation>Lastet inn {file}.</translation>
        </message>
        <message>
            <source>Simulating: {what}…</source>
            <translation>Simulerer: {what}…</translation>
        </message>
        <message>
            <source>The simulation failed: {message}</source>
            <translation>Simuleringen mislyktes: {message}</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>Simulerer profilen…</translation>
        </message>
        <message>
            <source>Out of date: simulating the edited inputs…</source>
            <translation>Utdatert: simulerer de endrede inndataene…</translation>
        </message>
        <message>
            <source>{years} years simulated (seed {seed}), {tickets} tickets a year on average.</source>
            <translation>{years} år simulert (startverdi {seed}), i gjennomsnitt {tickets} saker per år.</translation>
        </message>
    </context>
    <context>
        <name>CellTableModel</name>
        <message>
            <source>Missing: {missing}</source>
            <translation>Mangler: {missing}</translation>
        </message>
        <message>
            <source>Clauses: {clauses}</source>
            <translation>Punkter: {clauses}</translation>
        </message>
    </context>
    <context>
        <name>ComparisonSession</name>
        <message>
            <source>Change the workload profile</source>
            <translation>endring av arbeidsmengdeprofilen</translation>
        </message>
        <message>
            <source>Change the decision criteria</source>
            <translation>endring av beslutningskriteriene</translation>
        </message>
    </context>
    <context>
        <name>ContractEditor</name>
        <message>
            <source>Contracts (*.yaml)</source>
            <translation>Kontrakter (*.yaml)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Office Hours</source>
            <translation>Åpningstid</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Helligdager</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Punkter</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametere</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planer</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>Vendor's Text</source>
            <translation>Leverandørens tekst</translation>
        </message>
        <message>
            <source>Where My Draft Stands</source>
            <translation>Hvor utkastet mitt står</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>e.g. K1</source>
            <translation>f.eks. K1</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Grunnlag</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed</source>
            <translation>stated (oppgitt) | interpreted (tolket) | assumed (antatt)</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Tolkning</translation>
        </message>
        <message>
            <source>how this reads</source>
            <translation>hvordan dette skal forstås</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>lower-case id, e.g. acme</source>
            <translation>ID med små bokstaver, f.eks. acme</translation>
        </message>
        <message>
            <source>Name in its language</source>
            <translation>Navn på originalspråket</translation>
        </message>
        <message>
            <source>Source document</source>
            <translation>Kildedokument</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>he, no, sv…</source>
            <translation>he, no, sv…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>ISO 4217, e.g. NOK</source>
            <translation>ISO 4217, f.eks. NOK</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tidssone</translation>
        </message>
        <message>
            <source>e.g. Europe/Oslo</source>
            <translation>f.eks. Europe/Oslo</translation>
        </message>
        <message>
            <source>&lt;b&gt;VAT&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mva.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>0.25 for 25 %</source>
            <translation>0,25 for 25 %</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Mva-sats</translation>
        </message>
        <message>
            <source>Prices include VAT</source>
            <translation>Prisene inkluderer mva.</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false (ja/nei)</translation>
        </message>
        <message>
            <source>Office hours per weekday, e.g. 09:00-17:00 (empty: closed)</source>
            <translation>Åpningstid per ukedag, f.eks. 09:00-17:00 (tomt: stengt)</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stengt</translation>
        </message>
        <message>
            <source>Business day (hours)</source>
            <translation>Virkedag (timer)</translation>
        </message>
        <message>
            <source>the longest day</source>
            <translation>den lengste dagen</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>ISO 3166</source>
            <translation>ISO 3166</translation>
        </message>
        <message>
            <source>Kept open</source>
            <translation>Holder åpent</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>Added closed days</source>
            <translation>Ekstra stengte dager</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Short days</source>
            <translation>Korte dager</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Vendor's words</source>
            <translation>Leverandørens ordlyd</translation>
        </message>
        <message>
            <source>English reading</source>
            <translation>Engelsk tolkning</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Lagre &amp;som…</translation>
        </message>
        <message>
            <source>Open Vendor's &amp;Text…</source>
            <translation>Åpne leverandørens &amp;tekst…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>Add to {field}</source>
            <translation>tillegg i {field}</translation>
        </message>
        <message>
            <source>Remove {field}</source>
            <translation>fjerning av {field}</translation>
        </message>
        <message>
            <source>The words are not in the vendor's text.</source>
            <translation>Ordene finnes ikke i leverandørens tekst.</translation>
        </message>
        <message>
            <source>The contract validates.</source>
            <translation>Kontrakten er gyldig.</translation>
        </message>
        <message>
            <source>{count} problem(s), as `validate` says:</source>
            <translation>{count} problem(er) ifølge `validate`:</translation>
        </message>
        <message>
            <source>Every clause quotes the vendor's text exactly.</source>
            <translation>Alle punktene siterer leverandørens tekst ordrett.</translation>
        </message>
        <message>
            <source>Not found word for word in the vendor's text: {clauses}</source>
            <translation>Ikke funnet ordrett i leverandørens tekst: {clauses}</translation>
        </message>
        <message>
            <source>Untitled contract</source>
            <translation>Kontrakt uten navn</translation>
        </message>
        <message>
            <source>Termscope — Contract Editor — {name}[*]</source>
            <translation>Termscope — Kontraktsredigering — {name}[*]</translation>
        </message>
        <message>
            <source>Cannot save the contract</source>
            <translation>Kan ikke lagre kontrakten</translation>
        </message>
        <message>
            <source>Save Contract</source>
            <translation>Lagre kontrakt</translation>
        </message>
        <message>
            <source>New Contract</source>
            <translation>Ny kontrakt</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation>Tidssone</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Opprett</translation>
        </message>
        <message>
            <source>Edit Contract</source>
            <translation>Rediger kontrakt</translation>
        </message>
        <message>
            <source>Cannot open the contract</source>
            <translation>Kan ikke åpne kontrakten</translation>
        </message>
        <message>
            <source>When (YAML)</source>
            <translation>Når (YAML)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Clock (YAML)</source>
            <translation>Tidsregel (YAML)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respons</translation>
        </message>
        <message>
            <source>Work Start</source>
            <translation>Arbeidsstart</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Løsning</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Utrulling</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Omfang</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>Kvoter</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Henvendelser</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameternavn</translation>
        </message>
        <message>
            <source>Causes</source>
            <translation>Årsaker</translation>
        </message>
        <message>
            <source>Severities</source>
            <translation>Alvorlighetsgrader</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Prising</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Dekker</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Betegnelse</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Sats</translation>
        </message>
        <message>
            <source>Per min</source>
            <translation>Per min</translation>
        </message>
        <message>
            <source>Increment</source>
            <translation>Intervall</translation>
        </message>
        <message>
            <source>Min h</source>
            <translation>Min. t</translation>
        </message>
        <message>
            <source>Min charge</source>
            <translation>Minstebeløp</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>Overskytende</translation>
        </message>
        <message>
            <source>Rate parameter</source>
            <translation>Satsparameter</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <source>fixed | percent_of_parameter | parameter_multiple (empty: no fee)</source>
            <translation>fixed | percent_of_parameter | parameter_multiple (tomt: ingen avgift)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <source>fixed: amount</source>
            <translation>fixed: beløp</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Prosent</translation>
        </message>
        <message>
            <source>percent_of_parameter: percent</source>
            <translation>percent_of_parameter: prosent</translation>
        </message>
        <message>
            <source>Multiple</source>
            <translation>Multiplikator</translation>
        </message>
        <message>
            <source>parameter_multiple: multiple</source>
            <translation>parameter_multiple: multiplikator</translation>
        </message>
        <message>
            <source>the parameter it is taken of</source>
            <translation>parameteren den regnes av</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>year | month</source>
            <translation>year (år) | month (måned)</translation>
        </message>
        <message>
            <source>clause id</source>
            <translation>punkt-ID</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed | not_stated</source>
            <translation>stated (oppgitt) | interpreted (tolket) | assumed (antatt) | not_stated (ikke oppgitt)</translation>
        </message>
        <message>
            <source>Add Plan</source>
            <translation>Legg til plan</translation>
        </message>
        <message>
            <source>Remove Plan</source>
            <translation>Fjern plan</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>ikke gyldig YAML</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>endring av {field}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>{field}: not valid YAML</source>
            <translation>{field}: ikke gyldig YAML</translation>
        </message>
    </context>
    <context>
        <name>CriteriaDialog</name>
        <message>
            <source>Decision criteria (*.yaml *.yml);;All files (*)</source>
            <translation>Beslutningskriterier (*.yaml *.yml);;Alle filer (*)</translation>
        </message>
        <message>
            <source>expected year (mean)</source>
            <translation>forventet år (gjennomsnitt)</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>P50</source>
            <translation>P50</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>netto (eks. mva.)</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>brutto (inkl. mva.)</translation>
        </message>
        <message>
            <source>Critical work starts within … h (P90)</source>
            <translation>Arbeidsstart for kritiske saker innen … t (P90)</translation>
        </message>
        <message>
            <source>On-site visits available (critical)</source>
            <translation>Besøk hos kunden tilgjengelig (kritisk)</translation>
        </message>
        <message>
            <source>No ticket without a price (at most … %)</source>
            <translation>Ingen saker uten pris (høyst … %)</translation>
        </message>
        <message>
            <source>Yearly cost (P90) at most …</source>
            <translation>Årskostnad (P90) høyst …</translation>
        </message>
        <message>
            <source>Decision criteria</source>
            <translation>Beslutningskriterier</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poengsum</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Yearly cost compared</source>
            <translation>Årskostnad som sammenlignes</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <source>Weight of the yearly cost</source>
            <translation>Vekt for årskostnad</translation>
        </message>
        <message>
            <source>Weight of speed</source>
            <translation>Vekt for hastighet</translation>
        </message>
        <message>
            <source>Weight of coverage</source>
            <translation>Vekt for dekning</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Must-haves (a plan that fails one ranks after all that pass)</source>
            <translation>Absolutte krav (en plan som ikke oppfyller ett av dem, rangeres etter alle som oppfyller dem)</translation>
        </message>
        <message>
            <source>How far the decision is pushed</source>
            <translation>Hvor hardt beslutningen testes</translation>
        </message>
        <message>
            <source>Each exchange rate moved by ±</source>
            <translation>Hver valutakurs endres med ±</translation>
        </message>
        <message>
            <source>Each parameter moved by ±</source>
            <translation>Hver parameter endres med ±</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Åpne…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Lagre som…</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Standardverdier</translation>
        </message>
        <message>
            <source>Not applied: {error}</source>
            <translation>Ikke tatt i bruk: {error}</translation>
        </message>
        <message>
            <source>Open criteria</source>
            <translation>Åpne kriterier</translation>
        </message>
        <message>
            <source>Save criteria</source>
            <translation>Lagre kriterier</translation>
        </message>
        <message>
            <source>Cannot open {name}: {error}</source>
            <translation>Kan ikke åpne {name}: {error}</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>Åpnet {name}.</translation>
        </message>
        <message>
            <source>Cannot save {path}: {error}</source>
            <translation>Kan ikke lagre {path}: {error}</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Lagret {name}.</translation>
        </message>
    </context>
    <context>
        <name>DecisionJob</name>
        <message>
            <source>Yearly costs</source>
            <translation>Årskostnader</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Tolkninger</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametere</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Valutakurser</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>Volumer</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>Nullpunkt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <source>Criteria…</source>
            <translation>Kriterier…</translation>
        </message>
        <message>
            <source>Profile…</source>
            <translation>Profil…</translation>
        </message>
        <message>
            <source>What would flip the winner</source>
            <translation>Hva som ville gitt en annen vinner</translation>
        </message>
        <message>
            <source>Break-even volumes</source>
            <translation>Volumer ved nullpunkt</translation>
        </message>
        <message>
            <source>How sure: flips and break-even</source>
            <translation>Hvor sikkert: vinnerbytter og nullpunkt</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>Scenarioer × planer</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>Spørsmål til hver leverandør</translation>
        </message>
        <message>
            <source>step %v of %m</source>
            <translation>trinn %v av %m</translation>
        </message>
        <message>
            <source>Ranking of the plans</source>
            <translation>Rangering av planene</translation>
        </message>
        <message>
            <source>Working out the decision: {years} simulated years of the profile “{profile}”…</source>
            <translation>Beregner beslutningen: {years} simulerte år med profilen «{profile}»…</translation>
        </message>
        <message>
            <source>The ranking appears here when the yearly simulation is done.</source>
            <translation>Rangeringen vises her når årssimuleringen er ferdig.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>Beslutningen beregnes…</translation>
        </message>
        <message>
            <source>Out of date: your last edit is being worked into the decision. Before it: {headline}</source>
            <translation>Utdatert: den siste endringen din tas med i beslutningen. Før endringen: {headline}</translation>
        </message>
        <message>
            <source>Ranked on the {basis} · profile “{profile}”, {volume} tickets a month, {years} simulated years · {criteria}</source>
            <translation>Rangert etter {basis} · profil «{profile}», {volume} saker per måned, {years} simulerte år · {criteria}</translation>
        </message>
        <message>
            <source>Working: {step}…</source>
            <translation>Beregner: {step}…</translation>
        </message>
        <message>
            <source>The decision cannot be worked out: {message}</source>
            <translation>Beslutningen kan ikke beregnes: {message}</translation>
        </message>
    </context>
    <context>
        <name>FrozenColumnTableView</name>
        <message>
            <source>Columns</source>
            <translation>Kolonner</translation>
        </message>
        <message>
            <source>Columns shown</source>
            <translation>Viste kolonner</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Termscope: a short guide</source>
            <translation>Termscope: en kort veiledning</translation>
        </message>
        <message>
            <source>Termscope reads each vendor's support terms as a model and shows, for one support request at a time, when each vendor would respond, start work, finish and release the fix, and what it would cost. Every figure is traced back to a clause of the vendor's own text.</source>
            <translation>Termscope leser hver leverandørs supportvilkår som en modell og viser, for én henvendelse om gangen, når hver leverandør ville gi respons, starte arbeidet, bli ferdig og rulle ut rettingen, og hva det ville koste. Hvert tall spores tilbake til et punkt i leverandørens egen tekst.</translation>
        </message>
        <message>
            <source>The panels</source>
            <translation>Panelene</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contracts&lt;/b&gt; (left)</source>
            <translation>&lt;b&gt;Kontrakter&lt;/b&gt; (til venstre)</translation>
        </message>
        <message>
            <source>The vendors and their plans. Tick a plan to compare it. Each plan shows its currency, its time zone and how many of its values are &lt;i&gt;assumed&lt;/i&gt; or &lt;i&gt;not stated&lt;/i&gt; by the vendor. &lt;i&gt;File → Open Contract…&lt;/i&gt; (or drop a file on the window) adds a contract.</source>
            <translation>Leverandørene og planene deres. Kryss av for en plan for å sammenligne den. Hver plan viser valuta, tidssone og hvor mange av verdiene som er &lt;i&gt;antatt&lt;/i&gt; eller &lt;i&gt;ikke oppgitt&lt;/i&gt; av leverandøren. &lt;i&gt;Fil → Åpne kontrakt…&lt;/i&gt; (eller slipp en fil i vinduet) legger til en kontrakt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;Beslutning&lt;/b&gt; (fane)</translation>
        </message>
        <message>
            <source>Which offer to take, and why. The headline names the winner, its score and its lead over the runner-up; below it, how sure that is. The ranking lists every plan with its yearly cost under the workload profile (fee plus usage, in the comparison currency), the share of tickets it prices, its score and the must-haves it fails. &lt;i&gt;What would flip the winner&lt;/i&gt; lists the changes tried (other readings of a clause, each parameter, the exchange rates, the volume) and which change the winner; &lt;i&gt;Break-even volumes&lt;/i&gt; says at how many tickets a month a rival becomes cheaper; &lt;i&gt;Questions for each vendor&lt;/i&gt; lists what to ask before signing. &lt;i&gt;Profile…&lt;/i&gt; and &lt;i&gt;Criteria…&lt;/i&gt; (Ctrl+K) change what the decision weighs.</source>
            <translation>Hvilket tilbud du bør velge, og hvorfor. Overskriften viser vinneren, poengsummen og forspranget til nummer to; under den står hvor sikkert dette er. Rangeringen viser hver plan med årskostnaden for arbeidsmengdeprofilen (fast avgift pluss forbruk, i sammenligningsvalutaen), andelen saker den har pris for, poengsummen og de absolutte kravene den ikke oppfyller. &lt;i&gt;Hva som ville gitt en annen vinner&lt;/i&gt; viser endringene som er prøvd (andre tolkninger av et punkt, hver parameter, valutakursene, volumet) og hvilke av dem som gir en annen vinner; &lt;i&gt;Volumer ved nullpunkt&lt;/i&gt; viser ved hvor mange saker per måned en konkurrent blir billigere; &lt;i&gt;Spørsmål til hver leverandør&lt;/i&gt; viser hva du bør spørre om før du signerer. &lt;i&gt;Profil…&lt;/i&gt; og &lt;i&gt;Kriterier…&lt;/i&gt; (Ctrl+K) endrer hva beslutningen vektlegger.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Scenarios&lt;/b&gt; (tab, and the list on the left)</source>
            <translation>&lt;b&gt;Scenarioer&lt;/b&gt; (fane, og listen til venstre)</translation>
        </message>
        <message>
            <source>The support requests to compare: add, duplicate, rename (double-click), delete and reorder them. The form above the table edits the selected one: when it was reported and in which time zone, severity, cause, effort, hours on site, the issue's age, after-hours work, and whether the fix needs a release. Every edit recomputes the comparison at once.</source>
            <translation>Henvendelsene som skal sammenlignes: legg til, dupliser, gi nytt navn (dobbeltklikk), slett og endre rekkefølgen. Skjemaet over tabellen redigerer den valgte: når den ble meldt og i hvilken tidssone, alvorlighetsgrad, årsak, tidsbruk, timer hos kunden, feilens alder, arbeid utenfor åpningstid og om rettingen krever utrulling. Hver endring beregner sammenligningen på nytt med én gang.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparison&lt;/b&gt; (the Scenarios tab's table)</source>
            <translation>&lt;b&gt;Sammenligning&lt;/b&gt; (tabellen i fanen Scenarioer)</translation>
        </message>
        <message>
            <source>One row per plan for the selected scenario. Click a column header to sort.</source>
            <translation>Én rad per plan for det valgte scenarioet. Klikk på en kolonneoverskrift for å sortere.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why&lt;/b&gt; (bottom right)</source>
            <translation>&lt;b&gt;Hvorfor&lt;/b&gt; (nederst til høyre)</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see the rules behind it: the clause, the vendor's own words, an English reading and the values used. Readings that are assumed or interpreted are marked, with a link to change the parameters they depend on.</source>
            <translation>Velg en celle i sammenligningen for å se reglene bak den: punktet, leverandørens egne ord, en engelsk tolkning og verdiene som er brukt. Tolkninger med grunnlaget «antatt» eller «tolket» er merket, med en lenke for å endre parameterne de avhenger av.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt; (bottom left)</source>
            <translation>&lt;b&gt;Tidslinje&lt;/b&gt; (nederst til venstre)</translation>
        </message>
        <message>
            <source>One lane per plan from the report to each milestone, with each vendor's office hours shaded, so you see where nights, weekends and holidays stretch a promise.</source>
            <translation>Én bane per plan fra innmeldingen til hver milepæl, med leverandørens åpningstid skyggelagt, slik at du ser hvor netter, helger og helligdager strekker et løfte.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Workload&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;Arbeidsmengde&lt;/b&gt; (fane)</translation>
        </message>
        <message>
            <source>Years of tickets drawn from a workload profile, run through every compared plan: the yearly cost range (P10, median, P90), included hours used, tickets not covered, and a break-even chart of cost against tickets a month.</source>
            <translation>År med saker trukket fra en arbeidsmengdeprofil og kjørt gjennom hver sammenlignet plan: spennet i årskostnad (P10, median, P90), brukte inkluderte timer, saker som ikke er dekket, og et nullpunktsdiagram med kostnad mot saker per måned.</translation>
        </message>
        <message>
            <source>How to read a result</source>
            <translation>Slik leser du et resultat</translation>
        </message>
        <message>
            <source>&lt;b&gt;Response, Work start, Resolution, Release&lt;/b&gt; are shown in the vendor's local time, with the time since the report and a kind: &lt;i&gt;commitment&lt;/i&gt; (promised), &lt;i&gt;average&lt;/i&gt; or &lt;i&gt;goal&lt;/i&gt; (the vendor aims for it), or &lt;i&gt;estimate&lt;/i&gt; (worked out by Termscope, e.g. work start plus the effort in the vendor's working hours). A dash means the terms say nothing.</source>
            <translation>&lt;b&gt;Respons, Arbeidsstart, Løsning, Utrulling&lt;/b&gt; vises i leverandørens lokale tid, med tiden siden innmeldingen og en type: &lt;i&gt;forpliktelse&lt;/i&gt; (lovet), &lt;i&gt;gjennomsnitt&lt;/i&gt; eller &lt;i&gt;mål&lt;/i&gt; (leverandøren sikter mot det) eller &lt;i&gt;anslag&lt;/i&gt; (beregnet av Termscope, f.eks. arbeidsstart pluss tidsbruken regnet i leverandørens arbeidstimer). En strek betyr at vilkårene ikke sier noe.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Status&lt;/b&gt;: &lt;i&gt;covered&lt;/i&gt;; &lt;i&gt;not covered&lt;/i&gt; (the plan refuses part of the request: out of scope, not in this package, quota used up); &lt;i&gt;quote required&lt;/i&gt; (the vendor prices a part by quote).</source>
            <translation>&lt;b&gt;Status&lt;/b&gt;: &lt;i&gt;dekket&lt;/i&gt;; &lt;i&gt;ikke dekket&lt;/i&gt; (planen avviser deler av henvendelsen: utenfor omfanget, ikke med i denne pakken, kvoten er brukt opp); &lt;i&gt;krever tilbud&lt;/i&gt; (leverandøren priser en del etter tilbud).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Net, Gross&lt;/b&gt; are in the vendor's currency; the next column converts to the comparison currency at the dated exchange rates. A price the vendor does not state is written out as &lt;i&gt;not stated&lt;/i&gt;, never counted as 0.</source>
            <translation>&lt;b&gt;Eks. mva., inkl. mva.&lt;/b&gt; står i leverandørens valuta; neste kolonne regner om til sammenligningsvalutaen etter valutakursene for den angitte datoen. En pris leverandøren ikke oppgir, skrives ut som &lt;i&gt;ikke oppgitt&lt;/i&gt; og regnes aldri som 0.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan fee&lt;/b&gt; is the yearly or monthly fee of the plan, apart from the cost of the request.</source>
            <translation>&lt;b&gt;Planens avgift&lt;/b&gt; er den faste års- eller månedsavgiften for planen, utenom kostnaden for henvendelsen.</translation>
        </message>
        <message>
            <source>The best value of each column is shaded green. Hover over a cell for the cost lines and the clauses behind them.</source>
            <translation>Den beste verdien i hver kolonne er skyggelagt grønn. Hold pekeren over en celle for å se kostnadslinjene og punktene bak dem.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Hurtigtaster</translation>
        </message>
        <message>
            <source>this guide</source>
            <translation>denne veiledningen</translation>
        </message>
        <message>
            <source>parameters, comparison currency and exchange rates</source>
            <translation>parametere, sammenligningsvaluta og valutakurser</translation>
        </message>
        <message>
            <source>decision criteria</source>
            <translation>beslutningskriterier</translation>
        </message>
        <message>
            <source>undo / redo</source>
            <translation>angre / gjør om</translation>
        </message>
        <message>
            <source>export to Excel / PDF</source>
            <translation>eksporter til Excel / PDF</translation>
        </message>
        <message>
            <source>save, open a comparison</source>
            <translation>lagre, åpne en sammenligning</translation>
        </message>
        <message>
            <source>The same engine runs from the command line: &lt;code&gt;termscope --help&lt;/code&gt;.</source>
            <translation>Den samme motoren kan kjøres fra kommandolinjen: &lt;code&gt;termscope --help&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Termscope guide</source>
            <translation>Termscope-veiledning</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Hebrew</source>
            <translation>Hebraisk</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persisk</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Norsk</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svensk</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>Contract · plan</source>
            <translation>Kontrakt · plan</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Sone</translation>
        </message>
        <message>
            <source>Assumed / not stated</source>
            <translation>Antatt / ikke oppgitt</translation>
        </message>
        <message>
            <source>{stated} stated, {interpreted} interpreted, {assumed} assumed, {not_stated} not stated</source>
            <translation>{stated} oppgitt, {interpreted} tolket, {assumed} antatt, {not_stated} ikke oppgitt</translation>
        </message>
        <message>
            <source>Compare {plan}</source>
            <translation>Sammenlign {plan}</translation>
        </message>
        <message>
            <source>Stop comparing {plan}</source>
            <translation>Slutt å sammenligne {plan}</translation>
        </message>
        <message>
            <source>Contracts and plans</source>
            <translation>Kontrakter og planer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-arbeidsbøker (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumenter (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>JSON-dokumenter (*.json)</translation>
        </message>
        <message>
            <source>Termscope comparisons (*.yaml *.yml);;All files (*)</source>
            <translation>Termscope-sammenligninger (*.yaml *.yml);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Contract files (*.yaml *.yml);;All files (*)</source>
            <translation>Kontraktsfiler (*.yaml *.yml);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ulagrede endringer</translation>
        </message>
        <message>
            <source>The comparison has unsaved changes. Save them before closing?</source>
            <translation>Sammenligningen har endringer som ikke er lagret. Vil du lagre dem før du lukker?</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scenarioer</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Arbeidsmengde</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Kontrakter</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Ny</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Åpne…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Åpne n&amp;ylige</translation>
        </message>
        <message>
            <source>Open &amp;Contract…</source>
            <translation>Åpne &amp;kontrakt…</translation>
        </message>
        <message>
            <source>New Con&amp;tract…</source>
            <translation>Ny kon&amp;trakt…</translation>
        </message>
        <message>
            <source>E&amp;dit Contract…</source>
            <translation>Re&amp;diger kontrakt…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Lagre &amp;som…</translation>
        </message>
        <message>
            <source>Export to &amp;Excel…</source>
            <translation>Eksporter til &amp;Excel…</translation>
        </message>
        <message>
            <source>Export to &amp;PDF…</source>
            <translation>Eksporter til &amp;PDF…</translation>
        </message>
        <message>
            <source>Export to PDF (Summar&amp;y)…</source>
            <translation>Eksporter til PDF (sa&amp;mmendrag)…</translation>
        </message>
        <message>
            <source>Export to CS&amp;V…</source>
            <translation>Eksporter til CS&amp;V…</translation>
        </message>
        <message>
            <source>Export to &amp;JSON…</source>
            <translation>Eksporter til &amp;JSON…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>&amp;Parameters and Currency…</source>
            <translation>&amp;Parametere og valuta…</translation>
        </message>
        <message>
            <source>Decision &amp;Criteria…</source>
            <translation>&amp;Beslutningskriterier…</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Veiledning</translation>
        </message>
        <message>
            <source>&amp;About Termscope</source>
            <translation>&amp;Om Termscope</translation>
        </message>
        <message>
            <source>&amp;Undo {command}</source>
            <translation>&amp;Angre {command}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation>&amp;Gjør om {command}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>Comparison of the plans for the selected scenario</source>
            <translation>Sammenligning av planene for det valgte scenarioet</translation>
        </message>
        <message>
            <source>vendor currencies</source>
            <translation>leverandørenes valutaer</translation>
        </message>
        <message>
            <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
            <translation>{plans} planer · {scenarios} scenarioer · sammenlignet i {currency} · valutakurser per {date} (basis {base}) · simulert på {ms} ms</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Uten navn</translation>
        </message>
        <message>
            <source>Save comparison</source>
            <translation>Lagre sammenligning</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>Scenario {number}</translation>
        </message>
        <message>
            <source>New comparison</source>
            <translation>Ny sammenligning</translation>
        </message>
        <message>
            <source>Open comparison</source>
            <translation>Åpne sammenligning</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Åpnet {path}</translation>
        </message>
        <message>
            <source>Cannot open comparison</source>
            <translation>Kan ikke åpne sammenligningen</translation>
        </message>
        <message>
            <source>Open contract</source>
            <translation>Åpne kontrakt</translation>
        </message>
        <message>
            <source>Open contract {contract}</source>
            <translation>åpning av kontrakt {contract}</translation>
        </message>
        <message>
            <source>Loaded {vendor} from {path}</source>
            <translation>Lastet inn {vendor} fra {path}</translation>
        </message>
        <message>
            <source>The contract file is not valid</source>
            <translation>Kontraktsfilen er ikke gyldig</translation>
        </message>
        <message>
            <source>Cannot save the comparison</source>
            <translation>Kan ikke lagre sammenligningen</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Lagret {path}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksporter</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Eksporterer til {file}…</translation>
        </message>
        <message>
            <source>Exporting to {file}: {step}</source>
            <translation>Eksporterer til {file}: {step}</translation>
        </message>
        <message>
            <source>Exported {path} without the decision: it is being worked out again for your last edit. Export again when the Decision tab is up to date.</source>
            <translation>Eksporterte {path} uten beslutningen: den beregnes på nytt etter den siste endringen din. Eksporter på nytt når fanen Beslutning er oppdatert.</translation>
        </message>
        <message>
            <source>Exported {path} with the decision</source>
            <translation>Eksporterte {path} med beslutningen</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Eksporten mislyktes</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Eksporten er ferdig</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Lagret som {path}.</translation>
        </message>
        <message>
            <source>Change parameters</source>
            <translation>endring av parametere</translation>
        </message>
        <message>
            <source>About Termscope</source>
            <translation>Om Termscope</translation>
        </message>
        <message>
            <source>IT support contracts as executable models: what each vendor would do and charge, side by side, every number traced to a clause.</source>
            <translation>IT-supportavtaler som kjørbare modeller: hva hver leverandør ville gjort og tatt betalt, side om side, med hvert tall sporet tilbake til et punkt.</translation>
        </message>
        <message>
            <source>Contract sources:</source>
            <translation>Kontraktskilder:</translation>
        </message>
    </context>
    <context>
        <name>ParametersDialog</name>
        <message>
            <source> (assumed)</source>
            <translation> (antatt)</translation>
        </message>
        <message>
            <source> (not stated)</source>
            <translation> (ikke oppgitt)</translation>
        </message>
        <message>
            <source>Comparison, parameters and currency</source>
            <translation>Sammenligning, parametere og valuta</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Sammenligning</translation>
        </message>
        <message>
            <source>who the comparison is prepared for (shown on exports)</source>
            <translation>hvem sammenligningen er utarbeidet for (vises i eksporter)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Utarbeidet for</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>not supplied: prices that need it show as not stated</source>
            <translation>ikke angitt: priser som avhenger av den, vises som ikke oppgitt</translation>
        </message>
        <message>
            <source>{description}
Unit: {unit}. Default: {default}{note}. Clause {clause}.</source>
            <translation>{description}
Enhet: {unit}. Standard: {default}{note}. Punkt {clause}.</translation>
        </message>
        <message>
            <source>Comparison currency and exchange rates</source>
            <translation>Sammenligningsvaluta og valutakurser</translation>
        </message>
        <message>
            <source>none (vendor currencies only)</source>
            <translation>ingen (bare leverandørenes valutaer)</translation>
        </message>
        <message>
            <source>Compare in</source>
            <translation>Sammenlign i</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>brutto (inkl. mva.)</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>netto (eks. mva.)</translation>
        </message>
        <message>
            <source>Converted amounts</source>
            <translation>Omregnede beløp</translation>
        </message>
        <message>
            <source>Rates of</source>
            <translation>Valutakurser per</translation>
        </message>
        <message>
            <source>Units of each currency per 1 {base}:</source>
            <translation>Enheter av hver valuta per 1 {base}:</translation>
        </message>
        <message>
            <source>{contract}: {name} must be a number of 0 or more, not {text}</source>
            <translation>{contract}: {name} må være et tall på 0 eller mer, ikke {text}</translation>
        </message>
        <message>
            <source>the rate of {code} must be a number above 0</source>
            <translation>kursen for {code} må være et tall over 0</translation>
        </message>
    </context>
    <context>
        <name>PlainWords</name>
        <message>
            <source>VAT</source>
            <translation>mva.</translation>
        </message>
        <message>
            <source>at</source>
            <translation>tidspunkt</translation>
        </message>
        <message>
            <source>office hours</source>
            <translation>åpningstid</translation>
        </message>
        <message>
            <source>business day</source>
            <translation>virkedag</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>tolkning</translation>
        </message>
        <message>
            <source>report day</source>
            <translation>innmeldingsdag</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>alvorlighetsgrad</translation>
        </message>
        <message>
            <source>becomes</source>
            <translation>blir</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>utfall</translation>
        </message>
        <message>
            <source>part</source>
            <translation>del</translation>
        </message>
        <message>
            <source>visits per year</source>
            <translation>besøk per år</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>timer</translation>
        </message>
        <message>
            <source>included</source>
            <translation>inkludert</translation>
        </message>
        <message>
            <source>consumed</source>
            <translation>forbrukt</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>when</source>
            <translation>når</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>beløp</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regel</translation>
        </message>
        <message>
            <source>parts</source>
            <translation>deler</translation>
        </message>
        <message>
            <source>total</source>
            <translation>totalt</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>avgift</translation>
        </message>
        <message>
            <source>net</source>
            <translation>eks. mva.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>åpent</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stengt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ikke oppgitt</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <source>always</source>
            <translation>alltid</translation>
        </message>
        <message>
            <source>hourly rate</source>
            <translation>timepris</translation>
        </message>
        <message>
            <source>prepaid hours</source>
            <translation>forhåndsbetalte timer</translation>
        </message>
        <message>
            <source>service hours</source>
            <translation>servicetimer</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>etter tilbud</translation>
        </message>
        <message>
            <source>a share of a parameter</source>
            <translation>en andel av en parameter</translation>
        </message>
        <message>
            <source>a multiple of a parameter</source>
            <translation>et multiplum av en parameter</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>fast pris</translation>
        </message>
        <message>
            <source>per unit</source>
            <translation>per enhet</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <source> years</source>
            <translation> år</translation>
        </message>
        <message>
            <source>Where Does My Draft Stand?</source>
            <translation>Hvor står utkastet mitt?</translation>
        </message>
        <message>
            <source>Tick the rivals and run.</source>
            <translation>Kryss av for konkurrentene, og kjør.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Tall</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nå</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Price to beat</source>
            <translation>Prisen å slå</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poeng</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Konkurrentens</translation>
        </message>
        <message>
            <source>Score lost</source>
            <translation>Tapte poeng</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Rivals</source>
            <translation>Konkurrenter</translation>
        </message>
        <message>
            <source>Where it loses (against the winner or the runner-up)</source>
            <translation>Hvor den taper (mot vinneren eller nummer to)</translation>
        </message>
        <message>
            <source>The price to beat</source>
            <translation>Prisen å slå</translation>
        </message>
        <message>
            <source>The draft has problems; fix them first (see the Problems list).</source>
            <translation>Utkastet har problemer; rett dem først (se problemlisten).</translation>
        </message>
        <message>
            <source>Tick at least one rival.</source>
            <translation>Kryss av for minst én konkurrent.</translation>
        </message>
        <message>
            <source>Simulating {years} years of {profile} for {count} rivals…</source>
            <translation>Simulerer {years} år med {profile} for {count} konkurrenter…</translation>
        </message>
        <message>
            <source>{profile}, {years} years, {count} rivals, costs in {currency}.</source>
            <translation>{profile}, {years} år, {count} konkurrenter, kostnader i {currency}.</translation>
        </message>
    </context>
    <context>
        <name>RangeChart</name>
        <message>
            <source>billions</source>
            <translation>milliarder</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>millioner</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>tusen</translation>
        </message>
        <message>
            <source>Every plan has tickets without a stated price: the bars show the known part.</source>
            <translation>Alle planene har saker uten oppgitt pris: stolpene viser den kjente delen.</translation>
        </message>
        <message>
            <source>* has tickets without a stated price: the bar shows the known part.</source>
            <translation>* har saker uten oppgitt pris: stolpen viser den kjente delen.</translation>
        </message>
        <message>
            <source>Yearly cost range chart</source>
            <translation>Diagram over spennet i årskostnad</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>Simulerer profilen…</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}: P10 – P90, median marked</source>
            <translation>Årskostnad i {currency}: P10 – P90, medianen markert</translation>
        </message>
        <message>
            <source>The yearly cost range of each plan, being simulated.</source>
            <translation>Spennet i årskostnad for hver plan, under simulering.</translation>
        </message>
        <message>
            <source>{plan}: {currency} {p10} to {p90} a year, median {p50}</source>
            <translation>{plan}: {currency} {p10} til {p90} per år, median {p50}</translation>
        </message>
        <message>
            <source>(some costs not stated)</source>
            <translation>(noen kostnader ikke oppgitt)</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}, P10 to P90 with the median, per plan.</source>
            <translation>Årskostnad i {currency}, P10 til P90 med medianen, per plan.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <source> h</source>
            <translation> t</translation>
        </message>
        <message>
            <source>Fault in the vendor's product</source>
            <translation>Feil i leverandørens produkt</translation>
        </message>
        <message>
            <source>Caused by the customer</source>
            <translation>Forårsaket av kunden</translation>
        </message>
        <message>
            <source>No fault (question, mistaken report)</source>
            <translation>Ingen feil (spørsmål, feilaktig melding)</translation>
        </message>
        <message>
            <source>Change request (new work)</source>
            <translation>Endringsønske (nytt arbeid)</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Høy</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Lav</translation>
        </message>
        <message>
            <source>report time</source>
            <translation>meldingstidspunkt</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>alvorlighetsgrad</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>årsak</translation>
        </message>
        <message>
            <source>vendor work</source>
            <translation>leverandørens tidsbruk</translation>
        </message>
        <message>
            <source>on-site hours</source>
            <translation>timer hos kunden</translation>
        </message>
        <message>
            <source>how long the fault existed</source>
            <translation>feilens alder</translation>
        </message>
        <message>
            <source>work outside the vendor's hours</source>
            <translation>arbeid utenfor leverandørens åpningstid</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>rettingen kommer i en ny programvareversjon</translation>
        </message>
        <message>
            <source>Vendor work</source>
            <translation>Leverandørens tidsbruk</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>Hos kunden</translation>
        </message>
        <message>
            <source>Fault age</source>
            <translation>Feilens alder</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Meldt</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tidssone</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Alvorlighetsgrad</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <source>Fault existed for</source>
            <translation>Feilen har eksistert i</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Work asked for outside the vendor's hours</source>
            <translation>Arbeid ønskes utenfor leverandørens åpningstid</translation>
        </message>
        <message>
            <source>The fix ships in a software release</source>
            <translation>Rettingen kommer i en ny programvareversjon</translation>
        </message>
        <message>
            <source>Add a scenario to compare the plans.</source>
            <translation>Legg til et scenario for å sammenligne planene.</translation>
        </message>
        <message>
            <source>{what} is at most {maximum} h: {typed} h was taken as {maximum} h.</source>
            <translation>{what} kan være høyst {maximum} t: {typed} t ble endret til {maximum} t.</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>endring av {field}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioList</name>
        <message>
            <source>{reported}, {severity}, {cause}, {effort} h</source>
            <translation>{reported}, {severity}, {cause}, {effort} t</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>nytt navn på scenario</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Add a scenario</source>
            <translation>Legg til et scenario</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliser</translation>
        </message>
        <message>
            <source>Duplicate the selected scenario</source>
            <translation>Dupliser det valgte scenarioet</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete the selected scenario</source>
            <translation>Slett det valgte scenarioet</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytt opp</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytt ned</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scenarioer</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>Scenario {number}</translation>
        </message>
        <message>
            <source>Add scenario</source>
            <translation>nytt scenario</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (kopi)</translation>
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation>duplisering av scenario</translation>
        </message>
        <message>
            <source>Delete scenario</source>
            <translation>sletting av scenario</translation>
        </message>
        <message>
            <source>Move scenario</source>
            <translation>flytting av scenario</translation>
        </message>
    </context>
    <context>
        <name>SourcePanel</name>
        <message>
            <source>Text (*.txt)</source>
            <translation>Tekst (*.txt)</translation>
        </message>
        <message>
            <source>Open the vendor's terms (a text file) or paste them here.</source>
            <translation>Åpne leverandørens vilkår (en tekstfil), eller lim dem inn her.</translation>
        </message>
        <message>
            <source>English reading of the selected words (optional now)</source>
            <translation>Engelsk tolkning av de valgte ordene (valgfritt nå)</translation>
        </message>
        <message>
            <source>Open Text…</source>
            <translation>Åpne tekst…</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Lim inn</translation>
        </message>
        <message>
            <source>Make Clause from Selection</source>
            <translation>Lag punkt fra utvalget</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet</source>
            <translation>Setninger som ingen punkter siterer ennå</translation>
        </message>
        <message>
            <source>Open the Vendor's Terms</source>
            <translation>Åpne leverandørens vilkår</translation>
        </message>
        <message>
            <source>Select the vendor's words first.</source>
            <translation>Merk leverandørens ord først.</translation>
        </message>
        <message>
            <source>Clause {clause} quotes the selected words.</source>
            <translation>Punkt {clause} siterer de valgte ordene.</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet ({count})</source>
            <translation>Setninger som ingen punkter siterer ennå ({count})</translation>
        </message>
        <message>
            <source>Clauses no rule cites yet: {clauses}</source>
            <translation>Punkter som ingen regel viser til ennå: {clauses}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>response</source>
            <translation>respons</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>arbeidsstart</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>løsning</translation>
        </message>
        <message>
            <source>release</source>
            <translation>utrulling</translation>
        </message>
        <message>
            <source>Timeline of the milestones</source>
            <translation>Tidslinje for milepælene</translation>
        </message>
        <message>
            <source>No plans to show.</source>
            <translation>Ingen planer å vise.</translation>
        </message>
        <message>
            <source>vendor's office hours</source>
            <translation>leverandørens åpningstid</translation>
        </message>
        <message>
            <source>report</source>
            <translation>innmelding</translation>
        </message>
        <message>
            <source>Time in {zone}</source>
            <translation>Tid i {zone}</translation>
        </message>
        <message>
            <source>no milestones</source>
            <translation>ingen milepæler</translation>
        </message>
        <message>
            <source>Reported {when}.</source>
            <translation>Meldt {when}.</translation>
        </message>
    </context>
    <context>
        <name>VolumeChart</name>
        <message>
            <source>No plans are compared.</source>
            <translation>Ingen planer sammenlignes.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>Beslutningen beregnes…</translation>
        </message>
        <message>
            <source>Cost by ticket volume chart</source>
            <translation>Diagram over kostnad etter saksvolum</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} (unpriced tickets loaded) by tickets a month</source>
            <translation>Årskostnad i {currency} (med påslag for saker uten pris) etter saker per måned</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} by tickets a month, from {low} to {high}; the profile has {volume}.</source>
            <translation>Årskostnad i {currency} etter saker per måned, fra {low} til {high}; profilen har {volume}.</translation>
        </message>
        <message>
            <source>{plan} (the winner): {low} to {high}.</source>
            <translation>{plan} (vinneren): {low} til {high}.</translation>
        </message>
        <message>
            <source>{plan}: {low} to {high}.</source>
            <translation>{plan}: {low} til {high}.</translation>
        </message>
        <message>
            <source>{plan} becomes cheaper at {tickets} tickets a month.</source>
            <translation>{plan} blir billigere ved {tickets} saker per måned.</translation>
        </message>
        <message>
            <source>tickets a month (log scale)</source>
            <translation>saker per måned (logaritmisk skala)</translation>
        </message>
        <message>
            <source>profile: {volume}/month</source>
            <translation>profil: {volume}/mnd.</translation>
        </message>
        <message>
            <source>break-even {tickets}/month</source>
            <translation>nullpunkt {tickets}/mnd.</translation>
        </message>
    </context>
    <context>
        <name>WhyPanel</name>
        <message>
            <source>assumed</source>
            <translation>antatt</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>tolket</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ikke oppgitt</translation>
        </message>
        <message>
            <source>report</source>
            <translation>innmelding</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>alvorlighetsgrad</translation>
        </message>
        <message>
            <source>scope</source>
            <translation>omfang</translation>
        </message>
        <message>
            <source>quota</source>
            <translation>kvote</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>kostnad</translation>
        </message>
        <message>
            <source>response</source>
            <translation>respons</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>arbeidsstart</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>løsning</translation>
        </message>
        <message>
            <source>release</source>
            <translation>utrulling</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>avgift</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see why.</source>
            <translation>Velg en celle i sammenligningen for å se hvorfor.</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Change parameters and assumed values…</source>
            <translation>Endre parametere og antatte verdier…</translation>
        </message>
        <message>
            <source>Cost lines</source>
            <translation>Kostnadslinjer</translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>{basis}; the clock stopped for {hours} of pauses</source>
            <translation>{basis}; klokken sto stille i {hours} på grunn av pauser</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} t</translation>
        </message>
        <message>
            <source>{clock} (office hours of plan {plan})</source>
            <translation>{clock} (åpningstiden til planen {plan})</translation>
        </message>
        <message>
            <source>{first}; {then}</source>
            <translation>{first}; {then}</translation>
        </message>
        <message>
            <source>the earliest of: {clocks}</source>
            <translation>det tidligste av: {clocks}</translation>
        </message>
        <message>
            <source>the latest of: {clocks}</source>
            <translation>det seneste av: {clocks}</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours (the effort)</source>
            <translation>{start} + {hours} klokketimer (tidsbruken)</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours</source>
            <translation>{start} + {hours} klokketimer</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours (the effort)</source>
            <translation>{start} + {hours} arbeidstimer (tidsbruken)</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours</source>
            <translation>{start} + {hours} arbeidstimer</translation>
        </message>
        <message>
            <source>{start} + {days} business days of {day} h</source>
            <translation>{start} + {days} virkedager à {day} t</translation>
        </message>
        <message>
            <source>next business day after {start}, at opening</source>
            <translation>neste virkedag etter {start}, ved åpning</translation>
        </message>
        <message>
            <source>next business day after {start}, at {time}</source>
            <translation>neste virkedag etter {start}, kl. {time}</translation>
        </message>
        <message>
            <source>closing time of the first business day at or after {start}</source>
            <translation>stengetid den første virkedagen fra og med {start}</translation>
        </message>
        <message>
            <source>{start} + {days} calendar days (same local time)</source>
            <translation>{start} + {days} kalenderdager (samme lokale klokkeslett)</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at closing time</source>
            <translation>første {days} som er virkedag, fra {start}, ved stengetid</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at {time}</source>
            <translation>første {days} som er virkedag, fra {start}, kl. {time}</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>innmeldingen</translation>
        </message>
        <message>
            <source>response</source>
            <translation>respons</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>arbeidsstart</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>løsning</translation>
        </message>
        <message>
            <source>release</source>
            <translation>utrulling</translation>
        </message>
        <message>
            <source>{statistic} {milestone}, {tickets}</source>
            <translation>{milestone} ({statistic}), {tickets}</translation>
        </message>
        <message>
            <source>median</source>
            <translation>median</translation>
        </message>
        <message>
            <source>critical tickets</source>
            <translation>kritiske saker</translation>
        </message>
        <message>
            <source>all tickets</source>
            <translation>alle saker</translation>
        </message>
        <message>
            <source>{milestone} within {hours} h ({statistic}, {tickets})</source>
            <translation>{milestone} innen {hours} t ({statistic}, {tickets})</translation>
        </message>
        <message>
            <source>on-site visits available for {severities} tickets</source>
            <translation>besøk hos kunden tilgjengelig for saker med alvorlighetsgrad {severities}</translation>
        </message>
        <message>
            <source>every ticket has a known price</source>
            <translation>alle saker har kjent pris</translation>
        </message>
        <message>
            <source>at most {share} of tickets without a known price</source>
            <translation>høyst {share} av sakene uten kjent pris</translation>
        </message>
        <message>
            <source>yearly cost ({percentile}) at most {currency} {amount}</source>
            <translation>årskostnad ({percentile}) høyst {currency} {amount}</translation>
        </message>
        <message>
            <source>Default criteria</source>
            <translation>Standardkriterier</translation>
        </message>
        <message>
            <source>yearly cost {share}</source>
            <translation>årskostnad {share}</translation>
        </message>
        <message>
            <source>speed {share}</source>
            <translation>hastighet {share}</translation>
        </message>
        <message>
            <source>coverage {share}</source>
            <translation>dekning {share}</translation>
        </message>
        <message>
            <source>; must-haves: {knockouts}</source>
            <translation>; absolutte krav: {knockouts}</translation>
        </message>
        <message>
            <source>No plans are compared.</source>
            <translation>Ingen planer sammenlignes.</translation>
        </message>
        <message>
            <source>No plan meets every must-have; the closest is {plan} ({failed}).</source>
            <translation>Ingen plan oppfyller alle de absolutte kravene; nærmest er {plan} ({failed}).</translation>
        </message>
        <message>
            <source>an expected year</source>
            <translation>et forventet år</translation>
        </message>
        <message>
            <source>a {stat} year</source>
            <translation>et {stat}-år</translation>
        </message>
        <message>
            <source>{plan} wins with {score} points</source>
            <translation>{plan} vinner med {score} poeng</translation>
        </message>
        <message>
            <source>{head}: it is the only plan compared ({money} in {year}).</source>
            <translation>{head}: den er den eneste planen som sammenlignes ({money} i {year}).</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}</source>
            <translation>den koster {money} i {year} mot {theirs}</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}, tickets without a price loaded</source>
            <translation>den koster {money} i {year} mot {theirs}, med påslag for saker uten pris</translation>
        </message>
        <message>
            <source>it prices {mine} of tickets against {theirs}</source>
            <translation>den har kjent pris for {mine} av sakene mot {theirs}</translation>
        </message>
        <message>
            <source>; but {share} of its tickets have no known price</source>
            <translation>; men for {share} av sakene er prisen ukjent</translation>
        </message>
        <message>
            <source>{head}, {margin} ahead of {runner}: {reason}{tail}.</source>
            <translation>{head}, {margin} foran {runner}: {reason}{tail}.</translation>
        </message>
        <message>
            <source>{label}: {mine} h, where the runner-up's terms state none</source>
            <translation>{label}: {mine} t, der vilkårene til nummer to ikke oppgir noen tid</translation>
        </message>
        <message>
            <source>{label}: {mine} h against {theirs} h</source>
            <translation>{label}: {mine} t mot {theirs} t</translation>
        </message>
        <message>
            <source>it is faster ({measures})</source>
            <translation>den er raskere ({measures})</translation>
        </message>
        <message>
            <source>it scores higher on speed</source>
            <translation>den får flere poeng for hastighet</translation>
        </message>
        <message>
            <source>No change was tried.</source>
            <translation>Ingen endringer ble testet.</translation>
        </message>
        <message>
            <source>The winner holds under all {count} changes tried.</source>
            <translation>Vinneren står seg ved alle {count} endringene som ble testet.</translation>
        </message>
        <message>
            <source>no winner</source>
            <translation>ingen vinner</translation>
        </message>
        <message>
            <source>{what} (→ {winner})</source>
            <translation>{what} (→ {winner})</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> og {count} til</translation>
        </message>
        <message>
            <source>The winner holds under {held} of {count} changes tried; it changes with {shown}{more}.</source>
            <translation>Vinneren står seg ved {held} av {count} endringer som ble testet; det blir en annen vinner ved {shown}{more}.</translation>
        </message>
        <message>
            <source>the terms state no time</source>
            <translation>vilkårene oppgir ingen tid</translation>
        </message>
        <message>
            <source>{share} of tickets without a known price</source>
            <translation>{share} av sakene uten kjent pris</translation>
        </message>
        <message>
            <source>{reason} ({causes})</source>
            <translation>{reason} ({causes})</translation>
        </message>
        <message>
            <source>{amount}</source>
            <translation>{amount}</translation>
        </message>
        <message>
            <source>{amount} (known part only)</source>
            <translation>{amount} (bare kjent del)</translation>
        </message>
        <message>
            <source>{amount} a year</source>
            <translation>{amount} per år</translation>
        </message>
        <message>
            <source>{known} known + {load} loaded for {count} tickets a year without a price</source>
            <translation>{known} kjent + {load} i påslag for {count} saker per år uten pris</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis})</source>
            <translation>100 × laveste / denne planens årskostnad ({statistic}, {basis})</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis}); unknown prices loaded at the highest usage cost per ticket of the plans</source>
            <translation>100 × laveste / denne planens årskostnad ({statistic}, {basis}); ukjente priser får påslag lik planenes høyeste forbrukskostnad per sak</translation>
        </message>
        <message>
            <source>net</source>
            <translation>eks. mva.</translation>
        </message>
        <message>
            <source>gross</source>
            <translation>inkl. mva.</translation>
        </message>
        <message>
            <source>{measure}: not stated</source>
            <translation>{measure}: ikke oppgitt</translation>
        </message>
        <message>
            <source>{measure}: {hours} h</source>
            <translation>{measure}: {hours} t</translation>
        </message>
        <message>
            <source>100 × fastest / this plan's, per measure (a time not stated scores 0)</source>
            <translation>100 × raskeste / denne planens, per tidsmål (en tid som ikke er oppgitt, gir 0 poeng)</translation>
        </message>
        <message>
            <source>{before}; {after}</source>
            <translation>{before}; {after}</translation>
        </message>
        <message>
            <source>{share} of tickets at a known price</source>
            <translation>{share} av sakene til kjent pris</translation>
        </message>
        <message>
            <source>{covered}; refused: {causes}</source>
            <translation>{covered}; avvist: {causes}</translation>
        </message>
        <message>
            <source>100 × share of tickets covered at a known price</source>
            <translation>100 × andelen saker som er dekket til kjent pris</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Vendor · plan</source>
            <translation>Leverandør · plan</translation>
        </message>
        <message>
            <source>Yearly cost</source>
            <translation>Årskostnad</translation>
        </message>
        <message>
            <source>Fee / year</source>
            <translation>Avgift / år</translation>
        </message>
        <message>
            <source>Usage / year</source>
            <translation>Forbruk / år</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90</translation>
        </message>
        <message>
            <source>Priced</source>
            <translation>Priset</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poengsum</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Hastighet</translation>
        </message>
        <message>
            <source>Must-haves</source>
            <translation>Absolutte krav</translation>
        </message>
        <message>
            <source>{known} + {share} unpriced</source>
            <translation>{known} + {share} uten pris</translation>
        </message>
        <message>
            <source>{detail}. Ranked on {loaded} loaded.</source>
            <translation>{detail}. Rangert etter {loaded} med påslag.</translation>
        </message>
        <message>
            <source>yearly cost</source>
            <translation>årskostnad</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>hastighet</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>dekning</translation>
        </message>
        <message>
            <source>{part}: {points} points × {weight} ({value}; {basis})</source>
            <translation>{part}: {points} poeng × {weight} ({value}; {basis})</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>ingen angitt</translation>
        </message>
        <message>
            <source>all met</source>
            <translation>alle oppfylt</translation>
        </message>
        <message>
            <source>fails: {failed}</source>
            <translation>oppfyller ikke: {failed}</translation>
        </message>
        <message>
            <source>needs a parameter</source>
            <translation>krever en parameter</translation>
        </message>
        <message>
            <source>{low}–{high}</source>
            <translation>{low} – {high}</translation>
        </message>
        <message>
            <source>The 10th and 90th percentile of the simulated years</source>
            <translation>10. og 90. persentil av de simulerte årene</translation>
        </message>
        <message>
            <source>expected (mean)</source>
            <translation>forventet (gjennomsnitt)</translation>
        </message>
        <message>
            <source>Yearly cost: the fee plus usage under the profile “{profile}”, {statistic} of {years} simulated years, {basis}, in {currency} at the rates of {date}.</source>
            <translation>Årskostnad: fast avgift pluss forbruk med profilen «{profile}», {statistic} av {years} simulerte år, {basis}, i {currency} etter valutakurser per {date}.</translation>
        </message>
        <message>
            <source>A plan with tickets it refuses or does not price shows the known part; it is ranked on the cost with those tickets loaded at {rate} each (the highest usage cost per priced ticket among the plans).</source>
            <translation>For en plan som avviser eller ikke priser enkelte saker, vises den kjente delen; planen rangeres etter kostnaden med et påslag på {rate} per slik sak (den høyeste forbrukskostnaden per priset sak blant planene).</translation>
        </message>
        <message>
            <source>Score: {criteria}.</source>
            <translation>Poengsum: {criteria}.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangering</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>Hva som endres</translation>
        </message>
        <message>
            <source>Tried</source>
            <translation>Testet</translation>
        </message>
        <message>
            <source>Winner then</source>
            <translation>Vinner da</translation>
        </message>
        <message>
            <source>Largest yearly change</source>
            <translation>Største endring i årskostnad</translation>
        </message>
        <message>
            <source>Where it flips</source>
            <translation>Vinnerbytte ved</translation>
        </message>
        <message>
            <source>{winner} (flips)</source>
            <translation>{winner} (vinnerbytte)</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>uendret</translation>
        </message>
        <message>
            <source>{flips} of {count} changes flip the winner; {held} leave it in place.</source>
            <translation>{flips} av {count} endringer gir en annen vinner; {held} lar vinneren stå.</translation>
        </message>
        <message>
            <source>What would flip the winner</source>
            <translation>Hva som ville gitt en annen vinner</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Mot</translation>
        </message>
        <message>
            <source>Break-even tickets / month</source>
            <translation>Nullpunkt, saker / måned</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Forklaring</translation>
        </message>
        <message>
            <source>none in range</source>
            <translation>ingen i intervallet</translation>
        </message>
        <message>
            <source> (known prices, loaded)</source>
            <translation> (kjente priser, med påslag)</translation>
        </message>
        <message>
            <source>The profile has {count} tickets a month; the winner's yearly cost equals the rival's at the volume shown.</source>
            <translation>Profilen har {count} saker per måned; vinnerens årskostnad er lik konkurrentens ved volumet som vises.</translation>
        </message>
        <message>
            <source>Break-even volumes of {plan}</source>
            <translation>Volumer ved nullpunkt for {plan}</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ikke oppgitt</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>antatt</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>tolket</translation>
        </message>
        <message>
            <source>not supplied</source>
            <translation>ikke angitt</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nå</translation>
        </message>
        <message>
            <source>We assume</source>
            <translation>Vi antar</translation>
        </message>
        <message>
            <source>Question to send</source>
            <translation>Spørsmål å sende</translation>
        </message>
        <message>
            <source>Could move</source>
            <translation>Mulig utslag</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>Spørsmål til hver leverandør</translation>
        </message>
        <message>
            <source>{statistic} yearly cost, {basis}, in {currency}</source>
            <translation>årskostnad ({statistic}), {basis}, i {currency}</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>forventet</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>Scenarioer × planer</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>start not stated</source>
            <translation>start ikke oppgitt</translation>
        </message>
        <message>
            <source>{start} · {cost}</source>
            <translation>{start} · {cost}</translation>
        </message>
        <message>
            <source>Work start: {start}
Cost: {cost}</source>
            <translation>Arbeidsstart: {start}
Kostnad: {cost}</translation>
        </message>
        <message>
            <source>Scenarios × plans: work start · cost</source>
            <translation>Scenarioer × planer: arbeidsstart · kostnad</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Forbruk</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>Overforbruk</translation>
        </message>
        <message>
            <source>Not covered a year</source>
            <translation>Ikke dekket per år</translation>
        </message>
        <message>
            <source>No price a year</source>
            <translation>Uten pris per år</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respons</translation>
        </message>
        <message>
            <source>Work start</source>
            <translation>Arbeidsstart</translation>
        </message>
        <message>
            <source>{median} / {p90}</source>
            <translation>{median} / {p90}</translation>
        </message>
        <message>
            <source>needs parameter {name}</source>
            <translation>krever parameteren {name}</translation>
        </message>
        <message>
            <source>{count} ({share})</source>
            <translation>{count} ({share})</translation>
        </message>
        <message>
            <source>{count} (incomplete)</source>
            <translation>{count} (ufullstendig)</translation>
        </message>
        <message>
            <source>A year of support</source>
            <translation>Et år med support</translation>
        </message>
        <message>
            <source>Reported on the vendor's clock</source>
            <translation>Meldt inn (leverandørens lokale tid)</translation>
        </message>
        <message>
            <source>Not stated in the terms</source>
            <translation>Ikke oppgitt i vilkårene</translation>
        </message>
        <message>
            <source>The terms say nothing about after-hours work; no surcharge is assumed</source>
            <translation>Vilkårene sier ingenting om arbeid utenfor åpningstid; det antas ikke noe tillegg</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>fast avgift</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>Ikke dekket</translation>
        </message>
        <message>
            <source>Priced by quote</source>
            <translation>Prises etter tilbud</translation>
        </message>
        <message>
            <source>On-site visit</source>
            <translation>Besøk hos kunden</translation>
        </message>
        <message>
            <source>Customisation</source>
            <translation>Tilpasning</translation>
        </message>
        <message>
            <source>Package hours</source>
            <translation>Pakketimer</translation>
        </message>
        <message>
            <source>Monthly hour cap</source>
            <translation>Månedlig timetak</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Arbeid</translation>
        </message>
        <message>
            <source>no on-site visits in this plan</source>
            <translation>ingen besøk hos kunden i denne planen</translation>
        </message>
        <message>
            <source>the terms do not price this; ask the vendor</source>
            <translation>vilkårene priser ikke dette; spør leverandøren</translation>
        </message>
        <message>
            <source>included</source>
            <translation>inkludert</translation>
        </message>
        <message>
            <source>the terms give no price</source>
            <translation>vilkårene oppgir ingen pris</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>prises etter tilbud</translation>
        </message>
        <message>
            <source>not debited</source>
            <translation>ikke trukket</translation>
        </message>
        <message>
            <source>{label}: {reason}</source>
            <translation>{label}: {reason}</translation>
        </message>
        <message>
            <source>Status {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>The vendor writes its clock as {written}; read as {zone}</source>
            <translation>Leverandøren oppgir tiden som {written}; tolket som {zone}</translation>
        </message>
        <message>
            <source>Office hours: the plan's own</source>
            <translation>Åpningstid: planens egen</translation>
        </message>
        <message>
            <source>Office hours: the vendor's</source>
            <translation>Åpningstid: leverandørens</translation>
        </message>
        <message>
            <source>Holidays: {country} ({kinds}), {library}</source>
            <translation>Helligdager: {country} ({kinds}), {library}</translation>
        </message>
        <message>
            <source>Holidays: {words}</source>
            <translation>Helligdager: {words}</translation>
        </message>
        <message>
            <source>Handled as {becomes}, not {severity}: {reason}</source>
            <translation>Behandles som {becomes}, ikke {severity}: {reason}</translation>
        </message>
        <message>
            <source>on-site visits only for {severities} requests</source>
            <translation>besøk hos kunden bare for henvendelser med alvorlighetsgrad {severities}</translation>
        </message>
        <message>
            <source>Uses one of {visits} on-site visits a year</source>
            <translation>Bruker ett av {visits} besøk hos kunden per år</translation>
        </message>
        <message>
            <source>needs {effort} of customisation; the plan includes {included} a year</source>
            <translation>krever {effort} tilpasning; planen inkluderer {included} per år</translation>
        </message>
        <message>
            <source>Uses {effort} of {included} customisation a year</source>
            <translation>Bruker {effort} av {included} tilpasning per år</translation>
        </message>
        <message>
            <source>needs {consumed}; the package holds {hours}</source>
            <translation>krever {consumed}; pakken har {hours}</translation>
        </message>
        <message>
            <source>Hours consumed from the package</source>
            <translation>Timer trukket fra pakken</translation>
        </message>
        <message>
            <source>needs {consumed}; at most {cap} may be used in a month</source>
            <translation>krever {consumed}; høyst {cap} kan brukes per måned</translation>
        </message>
        <message>
            <source>At least {hours} are consumed every month, used or not</source>
            <translation>Minst {hours} trekkes hver måned, enten de brukes eller ikke</translation>
        </message>
        <message>
            <source>Requests per month: {limit}</source>
            <translation>Henvendelser per måned: {limit}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ubegrenset</translation>
        </message>
        <message>
            <source>parameter {name} has no value; supply it to see this price</source>
            <translation>parameteren {name} har ingen verdi; angi den for å se denne prisen</translation>
        </message>
        <message>
            <source>{hours} × {rate} per {minutes} min</source>
            <translation>{hours} × {rate} per {minutes} minutter</translation>
        </message>
        <message>
            <source>{worked} worked, billed as {billed}</source>
            <translation>{worked} arbeidet, fakturert som {billed}</translation>
        </message>
        <message>
            <source>{how}; minimum charge {amount}</source>
            <translation>{how}; minstebeløp {amount}</translation>
        </message>
        <message>
            <source>{hours} from the package × {rate}</source>
            <translation>{hours} fra pakken × {rate}</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours</source>
            <translation>{debited} trukket fra {included} inkluderte timer</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours; {left} left</source>
            <translation>{debited} trukket fra {included} inkluderte timer; {left} igjen</translation>
        </message>
        <message>
            <source>{debit}; {hours} beyond them × {rate}</source>
            <translation>{debit}; {hours} utover dem × {rate}</translation>
        </message>
        <message>
            <source>Fees a year: {basis}</source>
            <translation>Avgifter per år: {basis}</translation>
        </message>
        <message>
            <source>{basis} a month</source>
            <translation>{basis} per måned</translation>
        </message>
        <message>
            <source>{basis} a year</source>
            <translation>{basis} per år</translation>
        </message>
        <message>
            <source>{fees} + {fee}</source>
            <translation>{fees} + {fee}</translation>
        </message>
        <message>
            <source>Plan fee: parameter {parameter} has no value; supply it to see the fee</source>
            <translation>Planens avgift: parameteren {parameter} har ingen verdi; angi den for å se avgiften</translation>
        </message>
        <message>
            <source>{percent} % of {parameter}</source>
            <translation>{percent} % av {parameter}</translation>
        </message>
        <message>
            <source>{multiple} × {parameter}</source>
            <translation>{multiple} × {parameter}</translation>
        </message>
        <message>
            <source>{amount} per {unit} × {parameter}</source>
            <translation>{amount} per {unit} × {parameter}</translation>
        </message>
        <message>
            <source>Yearly fee</source>
            <translation>Årsavgift</translation>
        </message>
        <message>
            <source>Monthly fee</source>
            <translation>Månedsavgift</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a year</source>
            <translation>Avgift, % av {parameter} per år</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a month</source>
            <translation>Avgift, % av {parameter} per måned</translation>
        </message>
        <message>
            <source>{label} (rate per hour)</source>
            <translation>{label} (timepris)</translation>
        </message>
        <message>
            <source>{label} (rate per {minutes} minutes)</source>
            <translation>{label} (pris per {minutes} minutter)</translation>
        </message>
        <message>
            <source>{label} (per hour beyond the included hours)</source>
            <translation>{label} (per time utover de inkluderte timene)</translation>
        </message>
        <message>
            <source>Included service hours ({parameter})</source>
            <translation>Inkluderte timer ({parameter})</translation>
        </message>
        <message>
            <source>{label} ({conditions})</source>
            <translation>{label} ({conditions})</translation>
        </message>
        <message>
            <source>Response in clock hours</source>
            <translation>Respons i klokketimer</translation>
        </message>
        <message>
            <source>Response in business hours</source>
            <translation>Respons i arbeidstimer</translation>
        </message>
        <message>
            <source>Work start in clock hours</source>
            <translation>Arbeidsstart i klokketimer</translation>
        </message>
        <message>
            <source>Work start in business hours</source>
            <translation>Arbeidsstart i arbeidstimer</translation>
        </message>
        <message>
            <source>cheapest</source>
            <translation>billigst</translation>
        </message>
        <message>
            <source>fastest</source>
            <translation>raskest</translation>
        </message>
        <message>
            <source>winner</source>
            <translation>vinner</translation>
        </message>
        <message>
            <source>cannot become the cheapest by this figure alone</source>
            <translation>kan ikke bli billigst med dette tallet alene</translation>
        </message>
        <message>
            <source>cannot become the fastest by this figure alone</source>
            <translation>kan ikke bli raskest med dette tallet alene</translation>
        </message>
        <message>
            <source>cannot become the winner by this figure alone</source>
            <translation>kan ikke bli vinneren med dette tallet alene</translation>
        </message>
        <message>
            <source>already the cheapest, whatever this figure</source>
            <translation>allerede billigst, uansett dette tallet</translation>
        </message>
        <message>
            <source>already the fastest, whatever this figure</source>
            <translation>allerede raskest, uansett dette tallet</translation>
        </message>
        <message>
            <source>already the winner, whatever this figure</source>
            <translation>allerede vinneren, uansett dette tallet</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or less</source>
            <translation>allerede billigst; forblir det ved {value} eller lavere</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or more</source>
            <translation>allerede billigst; forblir det ved {value} eller høyere</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or less</source>
            <translation>allerede raskest; forblir det ved {value} eller lavere</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or more</source>
            <translation>allerede raskest; forblir det ved {value} eller høyere</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or less</source>
            <translation>allerede vinneren; forblir det ved {value} eller lavere</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or more</source>
            <translation>allerede vinneren; forblir det ved {value} eller høyere</translation>
        </message>
        <message>
            <source>the cheapest at {value} or less (now {current})</source>
            <translation>billigst ved {value} eller lavere (nå {current})</translation>
        </message>
        <message>
            <source>the cheapest at {value} or more (now {current})</source>
            <translation>billigst ved {value} eller høyere (nå {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or less (now {current})</source>
            <translation>raskest ved {value} eller lavere (nå {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or more (now {current})</source>
            <translation>raskest ved {value} eller høyere (nå {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or less (now {current})</source>
            <translation>vinneren ved {value} eller lavere (nå {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or more (now {current})</source>
            <translation>vinneren ved {value} eller høyere (nå {current})</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points.</source>
            <translation>{plan}: plass {rank} av {count}, {score} poeng.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: it wins, {gap} ahead of {other}.</source>
            <translation>{plan}: plass {rank} av {count}, {score} poeng: vinner, {gap} poeng foran {other}.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: {gap} behind the winner, {other}.</source>
            <translation>{plan}: plass {rank} av {count}, {score} poeng: {gap} poeng bak vinneren, {other}.</translation>
        </message>
        <message>
            <source>Clause {clause}</source>
            <translation>Punkt {clause}</translation>
        </message>
        <message>
            <source>Your terms</source>
            <translation>Vilkårene deres</translation>
        </message>
        <message>
            <source>{clause}: “{label}” is priced by quote. What would a typical request of this kind cost, and how soon is the quote given?</source>
            <translation>{clause}: «{label}» prises etter tilbud. Hva vil en typisk henvendelse av denne typen koste, og hvor raskt får vi tilbudet?</translation>
        </message>
        <message>
            <source>{clause}: the terms mention “{label}” but give no price. What do you charge (rate, billing increment, minimum charge)?</source>
            <translation>{clause}: vilkårene nevner «{label}», men oppgir ingen pris. Hva tar dere betalt (timepris, faktureringsintervall, minstebeløp)?</translation>
        </message>
        <message>
            <source>{clause}: the terms do not say this; we assumed: {reading} Is that right, and if not, what applies?</source>
            <translation>{clause}: vilkårene sier ikke noe om dette; vi har antatt: {reading} Stemmer det, og hvis ikke, hva gjelder?</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Or do they mean: {other} Which reading applies?</source>
            <translation>{clause}: vi forstår vilkårene slik: {reading} Eller menes: {other} Hvilken tolkning gjelder?</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Which reading applies?</source>
            <translation>{clause}: vi forstår vilkårene slik: {reading} Hvilken tolkning gjelder?</translation>
        </message>
        <message>
            <source>unknown: about {count} tickets a year of this plan have no price</source>
            <translation>ukjent: ca. {count} saker per år i denne planen har ingen pris</translation>
        </message>
        <message>
            <source>not measured (no alternative reading is given in the contract file)</source>
            <translation>ikke målt (kontraktsfilen angir ingen alternativ tolkning)</translation>
        </message>
        <message>
            <source>no effect on yearly costs (times may change)</source>
            <translation>ingen effekt på årskostnadene (tidene kan endres)</translation>
        </message>
        <message>
            <source>moves a yearly cost by up to {amount}</source>
            <translation>endrer en årskostnad med opptil {amount}</translation>
        </message>
        <message>
            <source>{effect}; changes the winner to {plans}</source>
            <translation>{effect}; gir ny vinner: {plans}</translation>
        </message>
        <message>
            <source>no measurable effect</source>
            <translation>ingen målbar effekt</translation>
        </message>
        <message>
            <source>no value: the prices that need it show as not stated</source>
            <translation>ingen verdi: prisene som trenger den, vises som ikke oppgitt</translation>
        </message>
        <message>
            <source>unknown: the plan cannot be priced without it</source>
            <translation>ukjent: planen kan ikke prises uten den</translation>
        </message>
        <message>
            <source>{value} {unit} (the contract file's default)</source>
            <translation>{value} {unit} (standardverdi i kontraktsfilen)</translation>
        </message>
        <message>
            <source>{description} What is the figure for us?</source>
            <translation>{description} Hvilket tall gjelder for oss?</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>dekket</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>ikke dekket</translation>
        </message>
        <message>
            <source>quote required</source>
            <translation>krever tilbud</translation>
        </message>
        <message>
            <source>always</source>
            <translation>alltid</translation>
        </message>
        <message>
            <source>{first}, {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <source>severity {severities}</source>
            <translation>alvorlighetsgrad {severities}</translation>
        </message>
        <message>
            <source>cause: {causes}</source>
            <translation>årsak: {causes}</translation>
        </message>
        <message>
            <source>reported in office hours</source>
            <translation>meldt i åpningstiden</translation>
        </message>
        <message>
            <source>reported outside office hours</source>
            <translation>meldt utenfor åpningstid</translation>
        </message>
        <message>
            <source>reported on a business day by {time}</source>
            <translation>meldt på en virkedag innen kl. {time}</translation>
        </message>
        <message>
            <source>the fault is at most {hours} old</source>
            <translation>feilen har eksistert i høyst {hours}</translation>
        </message>
        <message>
            <source>the fault is over {hours} old</source>
            <translation>feilen har eksistert i mer enn {hours}</translation>
        </message>
        <message>
            <source>vendor work at most {hours}</source>
            <translation>leverandørens tidsbruk høyst {hours}</translation>
        </message>
        <message>
            <source>vendor work over {hours}</source>
            <translation>leverandørens tidsbruk over {hours}</translation>
        </message>
        <message>
            <source>work asked for outside office hours</source>
            <translation>arbeid utenfor åpningstid er ønsket</translation>
        </message>
        <message>
            <source>work in office hours</source>
            <translation>arbeid i åpningstiden</translation>
        </message>
        <message>
            <source>on site</source>
            <translation>hos kunden</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>via fjerntilkobling</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>rettingen kommer i en ny programvareversjon</translation>
        </message>
        <message>
            <source>no release needed</source>
            <translation>ingen utrulling trengs</translation>
        </message>
        <message>
            <source>{value} {unit}</source>
            <translation>{value} {unit}</translation>
        </message>
        <message>
            <source>below about {value}</source>
            <translation>under ca. {value}</translation>
        </message>
        <message>
            <source>above about {value}</source>
            <translation>over ca. {value}</translation>
        </message>
        <message>
            <source>{tried} ({sign}{change} of {value})</source>
            <translation>{tried} ({sign}{change} av {value})</translation>
        </message>
        <message>
            <source>exchange rate of {currency}</source>
            <translation>valutakursen for {currency}</translation>
        </message>
        <message>
            <source>{currency} {change} weaker against {other}</source>
            <translation>{currency} {change} svakere mot {other}</translation>
        </message>
        <message>
            <source>{currency} {change} stronger against {other}</source>
            <translation>{currency} {change} sterkere mot {other}</translation>
        </message>
        <message>
            <source>ticket volume</source>
            <translation>saksvolum</translation>
        </message>
        <message>
            <source>{count} tickets a month ({factor}× the profile)</source>
            <translation>{count} saker per måned ({factor}× profilen)</translation>
        </message>
        <message>
            <source>equal yearly cost at about {count} tickets a month</source>
            <translation>lik årskostnad ved ca. {count} saker per måned</translation>
        </message>
        <message>
            <source>cheaper at every volume from {low} to {high} tickets a month</source>
            <translation>billigere ved alle volumer fra {low} til {high} saker per måned</translation>
        </message>
        <message>
            <source>dearer at every volume from {low} to {high} tickets a month</source>
            <translation>dyrere ved alle volumer fra {low} til {high} saker per måned</translation>
        </message>
        <message>
            <source>The terms say nothing about this.</source>
            <translation>Vilkårene sier ingenting om dette.</translation>
        </message>
        <message>
            <source>{when} ({after}, {kind})</source>
            <translation>{when} ({after}, {kind})</translation>
        </message>
        <message>
            <source>{when} ({after})</source>
            <translation>{when} ({after})</translation>
        </message>
        <message>
            <source> (clause {clause})</source>
            <translation> (punkt {clause})</translation>
        </message>
        <message>
            <source>by quote</source>
            <translation>etter tilbud</translation>
        </message>
        <message>
            <source>{known} + {reason}</source>
            <translation>{known} + {reason}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>ingen pris</translation>
        </message>
        <message>
            <source>{currency} {basis}</source>
            <translation>{currency} {basis}</translation>
        </message>
        <message>
            <source>Fee/yr {currency}</source>
            <translation>Avgift/år {currency}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Løsning</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Utrulling</translation>
        </message>
        <message>
            <source>Cost ({basis}, vendor's currency)</source>
            <translation>Kostnad ({basis}, leverandørens valuta)</translation>
        </message>
        <message>
            <source>Plan fee</source>
            <translation>Planens avgift</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>brutto (inkl. mva.)</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>netto (eks. mva.)</translation>
        </message>
        <message>
            <source>Times are each vendor's local time, with the time after the report; kinds other than a commitment are named (average, goal, estimate).</source>
            <translation>Tidspunktene er i hver leverandørs lokale tid, med tiden siden innmeldingen; andre typer enn forpliktelse er navngitt (gjennomsnitt, mål, anslag).</translation>
        </message>
        <message>
            <source>Amounts are {basis}.</source>
            <translation>Beløpene er {basis}.</translation>
        </message>
        <message>
            <source>Converted to {currency} at the rates of {date} (base {base}).</source>
            <translation>Omregnet til {currency} etter valutakurser per {date} (basis {base}).</translation>
        </message>
        <message>
            <source>{vendor}, plan {plan}</source>
            <translation>{vendor}, planen {plan}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>{amount} / year</source>
            <translation>{amount} / år</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritisk</translation>
        </message>
        <message>
            <source>high</source>
            <translation>høy</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>low</source>
            <translation>lav</translation>
        </message>
        <message>
            <source>a fault in the vendor's product</source>
            <translation>feil i leverandørens produkt</translation>
        </message>
        <message>
            <source>caused by the customer</source>
            <translation>forårsaket av kunden</translation>
        </message>
        <message>
            <source>no fault</source>
            <translation>ingen feil</translation>
        </message>
        <message>
            <source>a change request</source>
            <translation>endringsønske</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>forpliktelse</translation>
        </message>
        <message>
            <source>average</source>
            <translation>gjennomsnitt</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>anslag</translation>
        </message>
        <message>
            <source>best effort</source>
            <translation>etter beste evne</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>mandag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>tirsdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>fredag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>lørdag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>søndag</translation>
        </message>
        <message>
            <source>{first}/{second}</source>
            <translation>{first}/{second}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} eller {second}</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} d</translation>
        </message>
    </context>
</TS>
