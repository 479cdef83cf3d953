<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
    <context>
        <name>AnnualPanel</name>
        <message>
            <source>Critical tickets a month</source>
            <translation>Ärenden per månad: kritisk</translation>
        </message>
        <message>
            <source>High tickets a month</source>
            <translation>Ärenden per månad: hög</translation>
        </message>
        <message>
            <source>Normal tickets a month</source>
            <translation>Ärenden per månad: normal</translation>
        </message>
        <message>
            <source>Low tickets a month</source>
            <translation>Ärenden per månad: låg</translation>
        </message>
        <message>
            <source>Share vendor defect</source>
            <translation>Andel fel i leverantörens produkt</translation>
        </message>
        <message>
            <source>Share customer caused</source>
            <translation>Andel orsakade av kunden</translation>
        </message>
        <message>
            <source>Share no fault</source>
            <translation>Andel utan fel</translation>
        </message>
        <message>
            <source>Share change request</source>
            <translation>Andel ändringsbegäranden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Reported from (zone)</source>
            <translation>Anmäls från (tidszon)</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Effort, median</source>
            <translation>Tidsåtgång, median</translation>
        </message>
        <message>
            <source>Effort, 90th percentile</source>
            <translation>Tidsåtgång, 90:e percentilen</translation>
        </message>
        <message>
            <source>Share reported outside office hours</source>
            <translation>Andel anmälda utanför kontorstid</translation>
        </message>
        <message>
            <source>Share asking for after-hours work</source>
            <translation>Andel som begär arbete utanför kontorstid</translation>
        </message>
        <message>
            <source>Share needing a release</source>
            <translation>Andel som kräver en release</translation>
        </message>
        <message>
            <source>On-site visits a year</source>
            <translation>Platsbesök per år</translation>
        </message>
        <message>
            <source>Hours per visit</source>
            <translation>Timmar per besök</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Slumpfrö</translation>
        </message>
        <message>
            <source>Workload profile</source>
            <translation>Belastningsprofil</translation>
        </message>
        <message>
            <source>vary around the mean (Poisson)</source>
            <translation>variera kring medelvärdet (Poisson)</translation>
        </message>
        <message>
            <source>exactly these numbers</source>
            <translation>exakt dessa antal</translation>
        </message>
        <message>
            <source> simulated years</source>
            <translation> simulerade år</translation>
        </message>
        <message>
            <source>Open profile…</source>
            <translation>Öppna profil…</translation>
        </message>
        <message>
            <source>Yearly cost range</source>
            <translation>Spann för årskostnad</translation>
        </message>
        <message>
            <source>Cost by ticket volume</source>
            <translation>Kostnad efter ärendevolym</translation>
        </message>
        <message>
            <source>The profile is not valid: {problem}</source>
            <translation>Profilen är inte giltig: {problem}</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Öppna profil</translation>
        </message>
        <message>
            <source>Profiles (*.yaml *.yml)</source>
            <translation>Profiler (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Cannot open the profile: {problem}</source>
            <translation>Kan inte öppna profilen: {problem}</translation>
        </message>
        <message>
            <source>Loaded {file}.</source>
            <translation>Läste in {file}.</translation>
        </message>
        <message>
            <source>Simulating: {what}…</source>
            <translation>Simulerar: {what}…</translation>
        </message>
        <message>
            <source>The simulation failed: {message}</source>
            <translation>Simuleringen misslyckades: {message}</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>Simulerar profilen…</translation>
        </message>
        <message>
            <source>Out of date: simulating the edited inputs…</source>
            <translation>Inaktuellt: simulerar med de ändrade indata…</translation>
        </message>
        <message>
            <source>{years} years simulated (seed {seed}), {tickets} tickets a year on average.</source>
            <translation>{years} simulerade år (slumpfrö {seed}), i genomsnitt {tickets} ärenden per år.</translation>
        </message>
    </context>
    <context>
        <name>CellTableModel</name>
        <message>
            <source>Missing: {missing}</source>
            <translation>Saknas: {missing}</translation>
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
            <translation>Ändra belastningsprofilen</translation>
        </message>
        <message>
            <source>Change the decision criteria</source>
            <translation>Ändra beslutskriterierna</translation>
        </message>
    </context>
    <context>
        <name>ContractEditor</name>
        <message>
            <source>Contracts (*.yaml)</source>
            <translation>Avtal (*.yaml)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Leverantör</translation>
        </message>
        <message>
            <source>Office Hours</source>
            <translation>Kontorstid</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Helgdagar</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Punkter</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametrar</translation>
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
            <translation>Leverantörens text</translation>
        </message>
        <message>
            <source>Where My Draft Stands</source>
            <translation>Så står sig mitt utkast</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>e.g. K1</source>
            <translation>t.ex. K1</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed</source>
            <translation>stated, interpreted eller assumed</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Tolkning</translation>
        </message>
        <message>
            <source>how this reads</source>
            <translation>hur texten ska tolkas</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>lower-case id, e.g. acme</source>
            <translation>id med gemener, t.ex. acme</translation>
        </message>
        <message>
            <source>Name in its language</source>
            <translation>Namn på originalspråket</translation>
        </message>
        <message>
            <source>Source document</source>
            <translation>Källdokument</translation>
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
            <translation>Titel</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>ISO 4217, e.g. NOK</source>
            <translation>ISO 4217, t.ex. NOK</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tidszon</translation>
        </message>
        <message>
            <source>e.g. Europe/Oslo</source>
            <translation>t.ex. Europe/Oslo</translation>
        </message>
        <message>
            <source>&lt;b&gt;VAT&lt;/b&gt;</source>
            <translation>&lt;b&gt;Moms&lt;/b&gt;</translation>
        </message>
        <message>
            <source>0.25 for 25 %</source>
            <translation>0.25 för 25 %</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Momssats</translation>
        </message>
        <message>
            <source>Prices include VAT</source>
            <translation>Priserna inkluderar moms</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true eller false</translation>
        </message>
        <message>
            <source>Office hours per weekday, e.g. 09:00-17:00 (empty: closed)</source>
            <translation>Kontorstid per veckodag, t.ex. 09:00-17:00 (tomt: stängt)</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stängt</translation>
        </message>
        <message>
            <source>Business day (hours)</source>
            <translation>Arbetsdag (timmar)</translation>
        </message>
        <message>
            <source>the longest day</source>
            <translation>den längsta dagen</translation>
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
            <translation>Öppet trots helgdag</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>Added closed days</source>
            <translation>Extra stängda dagar</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Short days</source>
            <translation>Halvdagar</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Timmar</translation>
        </message>
        <message>
            <source>Vendor's words</source>
            <translation>Leverantörens ord</translation>
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
            <translation>Standardvärde</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Spara so&amp;m…</translation>
        </message>
        <message>
            <source>Open Vendor's &amp;Text…</source>
            <translation>Öppna leverantörens &amp;text…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>Add to {field}</source>
            <translation>Lägg till i {field}</translation>
        </message>
        <message>
            <source>Remove {field}</source>
            <translation>Ta bort {field}</translation>
        </message>
        <message>
            <source>The words are not in the vendor's text.</source>
            <translation>Orden finns inte i leverantörens text.</translation>
        </message>
        <message>
            <source>The contract validates.</source>
            <translation>Avtalet är giltigt.</translation>
        </message>
        <message>
            <source>{count} problem(s), as `validate` says:</source>
            <translation>{count} problem enligt `validate`:</translation>
        </message>
        <message>
            <source>Every clause quotes the vendor's text exactly.</source>
            <translation>Varje punkt citerar leverantörens text exakt.</translation>
        </message>
        <message>
            <source>Not found word for word in the vendor's text: {clauses}</source>
            <translation>Finns inte ordagrant i leverantörens text: {clauses}</translation>
        </message>
        <message>
            <source>Untitled contract</source>
            <translation>Namnlöst avtal</translation>
        </message>
        <message>
            <source>Termscope — Contract Editor — {name}[*]</source>
            <translation>Termscope — Avtalsredigerare — {name}[*]</translation>
        </message>
        <message>
            <source>Cannot save the contract</source>
            <translation>Det går inte att spara avtalet</translation>
        </message>
        <message>
            <source>Save Contract</source>
            <translation>Spara avtal</translation>
        </message>
        <message>
            <source>New Contract</source>
            <translation>Nytt avtal</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation>Tidszon</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Skapa</translation>
        </message>
        <message>
            <source>Edit Contract</source>
            <translation>Redigera avtal</translation>
        </message>
        <message>
            <source>Cannot open the contract</source>
            <translation>Det går inte att öppna avtalet</translation>
        </message>
        <message>
            <source>When (YAML)</source>
            <translation>När (YAML)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Clock (YAML)</source>
            <translation>Tidräkning (YAML)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Work Start</source>
            <translation>Arbetsstart</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Omfattning</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Skäl</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>Kvoter</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Förfrågningar</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameternamn</translation>
        </message>
        <message>
            <source>Causes</source>
            <translation>Orsaker</translation>
        </message>
        <message>
            <source>Severities</source>
            <translation>Allvarlighetsgrader</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Prissättning</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Omfattar</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Pris</translation>
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
            <translation>Min. h</translation>
        </message>
        <message>
            <source>Min charge</source>
            <translation>Min. debitering</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>Pris utöver</translation>
        </message>
        <message>
            <source>Rate parameter</source>
            <translation>Prisparameter</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Innehåll</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <source>fixed | percent_of_parameter | parameter_multiple (empty: no fee)</source>
            <translation>fixed | percent_of_parameter | parameter_multiple (tomt: ingen avgift)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>fixed: amount</source>
            <translation>fixed: belopp</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Procent</translation>
        </message>
        <message>
            <source>percent_of_parameter: percent</source>
            <translation>percent_of_parameter: procent</translation>
        </message>
        <message>
            <source>Multiple</source>
            <translation>Multipel</translation>
        </message>
        <message>
            <source>parameter_multiple: multiple</source>
            <translation>parameter_multiple: multipel</translation>
        </message>
        <message>
            <source>the parameter it is taken of</source>
            <translation>parametern som avgiften beräknas på</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Avgiftsperiod</translation>
        </message>
        <message>
            <source>year | month</source>
            <translation>year eller month</translation>
        </message>
        <message>
            <source>clause id</source>
            <translation>punktens id</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed | not_stated</source>
            <translation>stated, interpreted, assumed eller not_stated</translation>
        </message>
        <message>
            <source>Add Plan</source>
            <translation>Lägg till plan</translation>
        </message>
        <message>
            <source>Remove Plan</source>
            <translation>Ta bort plan</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Vald plan</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>ogiltig YAML</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Ändra {field}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>{field}: not valid YAML</source>
            <translation>{field}: ogiltig YAML</translation>
        </message>
    </context>
    <context>
        <name>CriteriaDialog</name>
        <message>
            <source>Decision criteria (*.yaml *.yml);;All files (*)</source>
            <translation>Beslutskriterier (*.yaml *.yml);;Alla filer (*)</translation>
        </message>
        <message>
            <source>expected year (mean)</source>
            <translation>förväntat år (medelvärde)</translation>
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
            <translation>exkl. moms</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>inkl. moms</translation>
        </message>
        <message>
            <source>Critical work starts within … h (P90)</source>
            <translation>Arbetsstart för kritiska ärenden inom … h (P90)</translation>
        </message>
        <message>
            <source>On-site visits available (critical)</source>
            <translation>Platsbesök tillgängliga (kritiska ärenden)</translation>
        </message>
        <message>
            <source>No ticket without a price (at most … %)</source>
            <translation>Inga ärenden utan pris (högst … %)</translation>
        </message>
        <message>
            <source>Yearly cost (P90) at most …</source>
            <translation>Årskostnad (P90) högst …</translation>
        </message>
        <message>
            <source>Decision criteria</source>
            <translation>Beslutskriterier</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Yearly cost compared</source>
            <translation>Årskostnad som jämförs</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Weight of the yearly cost</source>
            <translation>Vikt för årskostnad</translation>
        </message>
        <message>
            <source>Weight of speed</source>
            <translation>Vikt för snabbhet</translation>
        </message>
        <message>
            <source>Weight of coverage</source>
            <translation>Vikt för täckning</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Must-haves (a plan that fails one ranks after all that pass)</source>
            <translation>Skallkrav (en plan som inte uppfyller ett av dem hamnar efter alla som uppfyller dem)</translation>
        </message>
        <message>
            <source>How far the decision is pushed</source>
            <translation>Hur hårt beslutet prövas</translation>
        </message>
        <message>
            <source>Each exchange rate moved by ±</source>
            <translation>Varje valutakurs ändras med ±</translation>
        </message>
        <message>
            <source>Each parameter moved by ±</source>
            <translation>Varje parameter ändras med ±</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öppna…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Spara som…</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Standardvärden</translation>
        </message>
        <message>
            <source>Not applied: {error}</source>
            <translation>Tillämpades inte: {error}</translation>
        </message>
        <message>
            <source>Open criteria</source>
            <translation>Öppna kriterier</translation>
        </message>
        <message>
            <source>Save criteria</source>
            <translation>Spara kriterier</translation>
        </message>
        <message>
            <source>Cannot open {name}: {error}</source>
            <translation>Kan inte öppna {name}: {error}</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>Öppnade {name}.</translation>
        </message>
        <message>
            <source>Cannot save {path}: {error}</source>
            <translation>Kan inte spara {path}: {error}</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Sparade {name}.</translation>
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
            <translation>Tolkningar</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametrar</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Valutakurser</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>Volymer</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>Nollpunkt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klart</translation>
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
            <translation>Vad som skulle ge en annan vinnare</translation>
        </message>
        <message>
            <source>Break-even volumes</source>
            <translation>Volymer vid nollpunkt</translation>
        </message>
        <message>
            <source>How sure: flips and break-even</source>
            <translation>Hur säkert: vinnarbyten och nollpunkt</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>Scenarier × planer</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>Frågor till varje leverantör</translation>
        </message>
        <message>
            <source>step %v of %m</source>
            <translation>steg %v av %m</translation>
        </message>
        <message>
            <source>Ranking of the plans</source>
            <translation>Rangordning av planerna</translation>
        </message>
        <message>
            <source>Working out the decision: {years} simulated years of the profile “{profile}”…</source>
            <translation>Beslutet tas fram: {years} simulerade år av profilen ”{profile}”…</translation>
        </message>
        <message>
            <source>The ranking appears here when the yearly simulation is done.</source>
            <translation>Rangordningen visas här när årssimuleringen är klar.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>Beslutet tas fram…</translation>
        </message>
        <message>
            <source>Out of date: your last edit is being worked into the decision. Before it: {headline}</source>
            <translation>Inaktuellt: din senaste ändring räknas in i beslutet. Före den: {headline}</translation>
        </message>
        <message>
            <source>Ranked on the {basis} · profile “{profile}”, {volume} tickets a month, {years} simulated years · {criteria}</source>
            <translation>Rangordnat efter {basis} · profil ”{profile}”, {volume} ärenden per månad, {years} simulerade år · {criteria}</translation>
        </message>
        <message>
            <source>Working: {step}…</source>
            <translation>Pågår: {step}…</translation>
        </message>
        <message>
            <source>The decision cannot be worked out: {message}</source>
            <translation>Beslutet kan inte tas fram: {message}</translation>
        </message>
    </context>
    <context>
        <name>FrozenColumnTableView</name>
        <message>
            <source>Columns</source>
            <translation>Kolumner</translation>
        </message>
        <message>
            <source>Columns shown</source>
            <translation>Visade kolumner</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Termscope: a short guide</source>
            <translation>Termscope: en kort handledning</translation>
        </message>
        <message>
            <source>Termscope reads each vendor's support terms as a model and shows, for one support request at a time, when each vendor would respond, start work, finish and release the fix, and what it would cost. Every figure is traced back to a clause of the vendor's own text.</source>
            <translation>Termscope läser varje leverantörs supportvillkor som en modell och visar, för en förfrågan i taget, när varje leverantör skulle svara, påbörja arbetet, bli klar och släppa rättningen i en release, och vad det skulle kosta. Varje siffra kan spåras tillbaka till en punkt i leverantörens egen text.</translation>
        </message>
        <message>
            <source>The panels</source>
            <translation>Panelerna</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contracts&lt;/b&gt; (left)</source>
            <translation>&lt;b&gt;Avtal&lt;/b&gt; (till vänster)</translation>
        </message>
        <message>
            <source>The vendors and their plans. Tick a plan to compare it. Each plan shows its currency, its time zone and how many of its values are &lt;i&gt;assumed&lt;/i&gt; or &lt;i&gt;not stated&lt;/i&gt; by the vendor. &lt;i&gt;File → Open Contract…&lt;/i&gt; (or drop a file on the window) adds a contract.</source>
            <translation>Leverantörerna och deras planer. Markera en plan för att jämföra den. Varje plan visar sin valuta, sin tidszon och hur många av dess värden som har grunden &lt;i&gt;antaget&lt;/i&gt; eller &lt;i&gt;ej angivet&lt;/i&gt;, dvs. inte anges av leverantören. &lt;i&gt;Arkiv → Öppna avtal…&lt;/i&gt; (eller dra och släpp en fil i fönstret) lägger till ett avtal.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;Beslut&lt;/b&gt; (flik)</translation>
        </message>
        <message>
            <source>Which offer to take, and why. The headline names the winner, its score and its lead over the runner-up; below it, how sure that is. The ranking lists every plan with its yearly cost under the workload profile (fee plus usage, in the comparison currency), the share of tickets it prices, its score and the must-haves it fails. &lt;i&gt;What would flip the winner&lt;/i&gt; lists the changes tried (other readings of a clause, each parameter, the exchange rates, the volume) and which change the winner; &lt;i&gt;Break-even volumes&lt;/i&gt; says at how many tickets a month a rival becomes cheaper; &lt;i&gt;Questions for each vendor&lt;/i&gt; lists what to ask before signing. &lt;i&gt;Profile…&lt;/i&gt; and &lt;i&gt;Criteria…&lt;/i&gt; (Ctrl+K) change what the decision weighs.</source>
            <translation>Vilket erbjudande du ska välja, och varför. Rubriken anger vinnaren, dess poäng och dess försprång till tvåan; under den står hur säkert resultatet är. Rangordningen listar varje plan med dess årskostnad enligt belastningsprofilen (avgift plus förbrukning, i jämförelsevalutan), andelen ärenden som planen prissätter, dess poäng och de skallkrav den inte uppfyller. &lt;i&gt;Vad som skulle ge en annan vinnare&lt;/i&gt; listar de ändringar som har provats (andra tolkningar av en punkt, varje parameter, valutakurserna, volymen) och vilka av dem som ger en annan vinnare; &lt;i&gt;Volymer vid nollpunkt&lt;/i&gt; visar vid hur många ärenden per månad en konkurrent blir billigare; &lt;i&gt;Frågor till varje leverantör&lt;/i&gt; listar vad du bör fråga innan du skriver på. &lt;i&gt;Profil…&lt;/i&gt; och &lt;i&gt;Kriterier…&lt;/i&gt; (Ctrl+K) ändrar vad beslutet väger in.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Scenarios&lt;/b&gt; (tab, and the list on the left)</source>
            <translation>&lt;b&gt;Scenarier&lt;/b&gt; (flik, och listan till vänster)</translation>
        </message>
        <message>
            <source>The support requests to compare: add, duplicate, rename (double-click), delete and reorder them. The form above the table edits the selected one: when it was reported and in which time zone, severity, cause, effort, hours on site, the issue's age, after-hours work, and whether the fix needs a release. Every edit recomputes the comparison at once.</source>
            <translation>De förfrågningar som ska jämföras: lägg till, duplicera, byt namn (dubbelklicka), ta bort och ändra ordning på dem. I formuläret ovanför tabellen redigerar du det valda scenariot: när det anmäldes och i vilken tidszon, allvarlighetsgrad, orsak, tidsåtgång, timmar på plats, felets ålder, arbete utanför kontorstid och om rättningen kräver en release. Varje ändring räknar om jämförelsen direkt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparison&lt;/b&gt; (the Scenarios tab's table)</source>
            <translation>&lt;b&gt;Jämförelse&lt;/b&gt; (tabellen på fliken Scenarier)</translation>
        </message>
        <message>
            <source>One row per plan for the selected scenario. Click a column header to sort.</source>
            <translation>En rad per plan för det valda scenariot. Klicka på en kolumnrubrik för att sortera.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why&lt;/b&gt; (bottom right)</source>
            <translation>&lt;b&gt;Varför&lt;/b&gt; (nere till höger)</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see the rules behind it: the clause, the vendor's own words, an English reading and the values used. Readings that are assumed or interpreted are marked, with a link to change the parameters they depend on.</source>
            <translation>Markera en cell i jämförelsen för att se reglerna bakom den: punkten, leverantörens egna ord, en engelsk tolkning och de värden som används. Tolkningar med grunden antaget eller tolkat markeras, med en länk för att ändra de parametrar de bygger på.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt; (bottom left)</source>
            <translation>&lt;b&gt;Tidslinje&lt;/b&gt; (nere till vänster)</translation>
        </message>
        <message>
            <source>One lane per plan from the report to each milestone, with each vendor's office hours shaded, so you see where nights, weekends and holidays stretch a promise.</source>
            <translation>Ett spår per plan från anmälan till varje milstolpe, med varje leverantörs kontorstid skuggad, så att du ser var nätter, helger och helgdagar drar ut på en utlovad tid.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Workload&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;Arbetsbelastning&lt;/b&gt; (flik)</translation>
        </message>
        <message>
            <source>Years of tickets drawn from a workload profile, run through every compared plan: the yearly cost range (P10, median, P90), included hours used, tickets not covered, and a break-even chart of cost against tickets a month.</source>
            <translation>Simulerade år av ärenden, dragna ur en belastningsprofil och körda genom varje jämförd plan: årskostnadens spann (P10, median, P90), förbrukade ingående timmar, ärenden som inte täcks och ett nollpunktsdiagram över kostnad mot ärenden per månad.</translation>
        </message>
        <message>
            <source>How to read a result</source>
            <translation>Så läser du ett resultat</translation>
        </message>
        <message>
            <source>&lt;b&gt;Response, Work start, Resolution, Release&lt;/b&gt; are shown in the vendor's local time, with the time since the report and a kind: &lt;i&gt;commitment&lt;/i&gt; (promised), &lt;i&gt;average&lt;/i&gt; or &lt;i&gt;goal&lt;/i&gt; (the vendor aims for it), or &lt;i&gt;estimate&lt;/i&gt; (worked out by Termscope, e.g. work start plus the effort in the vendor's working hours). A dash means the terms say nothing.</source>
            <translation>&lt;b&gt;Svar, Arbetsstart, Åtgärdat, Release&lt;/b&gt; visas i leverantörens lokala tid, med tiden sedan anmälan och en typ: &lt;i&gt;åtagande&lt;/i&gt; (utlovat), &lt;i&gt;genomsnitt&lt;/i&gt; eller &lt;i&gt;mål&lt;/i&gt; (leverantören siktar på det) eller &lt;i&gt;uppskattning&lt;/i&gt; (beräknat av Termscope, t.ex. arbetsstart plus tidsåtgången i leverantörens arbetstimmar). Ett streck betyder att villkoren inte säger något.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Status&lt;/b&gt;: &lt;i&gt;covered&lt;/i&gt;; &lt;i&gt;not covered&lt;/i&gt; (the plan refuses part of the request: out of scope, not in this package, quota used up); &lt;i&gt;quote required&lt;/i&gt; (the vendor prices a part by quote).</source>
            <translation>&lt;b&gt;Status&lt;/b&gt;: &lt;i&gt;täcks&lt;/i&gt;; &lt;i&gt;täcks inte&lt;/i&gt; (planen avvisar en del av förfrågan: utanför omfattningen, ingår inte i paketet, kvoten förbrukad); &lt;i&gt;offert krävs&lt;/i&gt; (leverantören prissätter en del enligt offert).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Net, Gross&lt;/b&gt; are in the vendor's currency; the next column converts to the comparison currency at the dated exchange rates. A price the vendor does not state is written out as &lt;i&gt;not stated&lt;/i&gt;, never counted as 0.</source>
            <translation>&lt;b&gt;Kostnad exkl. eller inkl. moms&lt;/b&gt; anges i leverantörens valuta; nästa kolumn räknar om till jämförelsevalutan med de daterade valutakurserna. Ett pris som leverantören inte anger skrivs ut som &lt;i&gt;ej angivet&lt;/i&gt; och räknas aldrig som 0.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan fee&lt;/b&gt; is the yearly or monthly fee of the plan, apart from the cost of the request.</source>
            <translation>&lt;b&gt;Planens avgift&lt;/b&gt; är planens års- eller månadsavgift, separat från kostnaden för förfrågan.</translation>
        </message>
        <message>
            <source>The best value of each column is shaded green. Hover over a cell for the cost lines and the clauses behind them.</source>
            <translation>Det bästa värdet i varje kolumn är markerat med grönt. Håll muspekaren över en cell för att se kostnadsraderna och punkterna bakom dem.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>this guide</source>
            <translation>den här handledningen</translation>
        </message>
        <message>
            <source>parameters, comparison currency and exchange rates</source>
            <translation>parametrar, jämförelsevaluta och valutakurser</translation>
        </message>
        <message>
            <source>decision criteria</source>
            <translation>beslutskriterier</translation>
        </message>
        <message>
            <source>undo / redo</source>
            <translation>ångra / gör om</translation>
        </message>
        <message>
            <source>export to Excel / PDF</source>
            <translation>exportera till Excel / PDF</translation>
        </message>
        <message>
            <source>save, open a comparison</source>
            <translation>spara, öppna en jämförelse</translation>
        </message>
        <message>
            <source>The same engine runs from the command line: &lt;code&gt;termscope --help&lt;/code&gt;.</source>
            <translation>Samma motor kan köras från kommandoraden: &lt;code&gt;termscope --help&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Termscope guide</source>
            <translation>Handledning för Termscope</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Hebrew</source>
            <translation>Hebreiska</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persiska</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Norska</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>Contract · plan</source>
            <translation>Avtal · plan</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Tidszon</translation>
        </message>
        <message>
            <source>Assumed / not stated</source>
            <translation>Antaget / ej angivet</translation>
        </message>
        <message>
            <source>{stated} stated, {interpreted} interpreted, {assumed} assumed, {not_stated} not stated</source>
            <translation>angivet: {stated}, tolkat: {interpreted}, antaget: {assumed}, ej angivet: {not_stated}</translation>
        </message>
        <message>
            <source>Compare {plan}</source>
            <translation>Jämför {plan}</translation>
        </message>
        <message>
            <source>Stop comparing {plan}</source>
            <translation>Sluta jämföra {plan}</translation>
        </message>
        <message>
            <source>Contracts and plans</source>
            <translation>Avtal och planer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-arbetsböcker (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>JSON-dokument (*.json)</translation>
        </message>
        <message>
            <source>Termscope comparisons (*.yaml *.yml);;All files (*)</source>
            <translation>Termscope-jämförelser (*.yaml *.yml);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Contract files (*.yaml *.yml);;All files (*)</source>
            <translation>Avtalsfiler (*.yaml *.yml);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>The comparison has unsaved changes. Save them before closing?</source>
            <translation>Jämförelsen har osparade ändringar. Vill du spara dem innan du stänger?</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scenarier</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Arbetsbelastning</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Avtal</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Varför</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Ny</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Öppna…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Öppna s&amp;enaste</translation>
        </message>
        <message>
            <source>Open &amp;Contract…</source>
            <translation>Öppna a&amp;vtal…</translation>
        </message>
        <message>
            <source>New Con&amp;tract…</source>
            <translation>Nytt av&amp;tal…</translation>
        </message>
        <message>
            <source>E&amp;dit Contract…</source>
            <translation>&amp;Redigera avtal…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Spara so&amp;m…</translation>
        </message>
        <message>
            <source>Export to &amp;Excel…</source>
            <translation>Exportera till E&amp;xcel…</translation>
        </message>
        <message>
            <source>Export to &amp;PDF…</source>
            <translation>Exportera till &amp;PDF…</translation>
        </message>
        <message>
            <source>Export to PDF (Summar&amp;y)…</source>
            <translation>Exportera till PDF (samman&amp;fattning)…</translation>
        </message>
        <message>
            <source>Export to CS&amp;V…</source>
            <translation>Exportera till &amp;CSV…</translation>
        </message>
        <message>
            <source>Export to &amp;JSON…</source>
            <translation>Exportera till &amp;JSON…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Parameters and Currency…</source>
            <translation>&amp;Parametrar och valuta…</translation>
        </message>
        <message>
            <source>Decision &amp;Criteria…</source>
            <translation>&amp;Beslutskriterier…</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Handledning</translation>
        </message>
        <message>
            <source>&amp;About Termscope</source>
            <translation>&amp;Om Termscope</translation>
        </message>
        <message>
            <source>&amp;Undo {command}</source>
            <translation>&amp;Ångra {command}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation>&amp;Gör om {command}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>Comparison of the plans for the selected scenario</source>
            <translation>Jämförelse av planerna för det valda scenariot</translation>
        </message>
        <message>
            <source>vendor currencies</source>
            <translation>leverantörernas valutor</translation>
        </message>
        <message>
            <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
            <translation>{plans} planer · {scenarios} scenarier · jämfört i {currency} · valutakurser per {date} (bas {base}) · simulerat på {ms} ms</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Namnlös</translation>
        </message>
        <message>
            <source>Save comparison</source>
            <translation>Spara jämförelse</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>Scenario {number}</translation>
        </message>
        <message>
            <source>New comparison</source>
            <translation>Ny jämförelse</translation>
        </message>
        <message>
            <source>Open comparison</source>
            <translation>Öppna jämförelse</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Öppnade {path}</translation>
        </message>
        <message>
            <source>Cannot open comparison</source>
            <translation>Det går inte att öppna jämförelsen</translation>
        </message>
        <message>
            <source>Open contract</source>
            <translation>Öppna avtal</translation>
        </message>
        <message>
            <source>Open contract {contract}</source>
            <translation>Öppna avtal {contract}</translation>
        </message>
        <message>
            <source>Loaded {vendor} from {path}</source>
            <translation>Läste in {vendor} från {path}</translation>
        </message>
        <message>
            <source>The contract file is not valid</source>
            <translation>Avtalsfilen är inte giltig</translation>
        </message>
        <message>
            <source>Cannot save the comparison</source>
            <translation>Det går inte att spara jämförelsen</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Sparade {path}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Exporterar till {file}…</translation>
        </message>
        <message>
            <source>Exporting to {file}: {step}</source>
            <translation>Exporterar till {file}: {step}</translation>
        </message>
        <message>
            <source>Exported {path} without the decision: it is being worked out again for your last edit. Export again when the Decision tab is up to date.</source>
            <translation>Exporterade {path} utan beslutet: det räknas om efter din senaste ändring. Exportera igen när fliken Beslut är uppdaterad.</translation>
        </message>
        <message>
            <source>Exported {path} with the decision</source>
            <translation>Exporterade {path} med beslutet</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporten misslyckades</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exporten är klar</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>{path} har sparats.</translation>
        </message>
        <message>
            <source>Change parameters</source>
            <translation>Ändra parametrar</translation>
        </message>
        <message>
            <source>About Termscope</source>
            <translation>Om Termscope</translation>
        </message>
        <message>
            <source>IT support contracts as executable models: what each vendor would do and charge, side by side, every number traced to a clause.</source>
            <translation>IT-supportavtal som körbara modeller: vad varje leverantör skulle göra och debitera, sida vid sida, och varje siffra spårad till en punkt.</translation>
        </message>
        <message>
            <source>Contract sources:</source>
            <translation>Avtalskällor:</translation>
        </message>
    </context>
    <context>
        <name>ParametersDialog</name>
        <message>
            <source> (assumed)</source>
            <translation> (antaget)</translation>
        </message>
        <message>
            <source> (not stated)</source>
            <translation> (ej angivet)</translation>
        </message>
        <message>
            <source>Comparison, parameters and currency</source>
            <translation>Jämförelse, parametrar och valuta</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Jämförelse</translation>
        </message>
        <message>
            <source>who the comparison is prepared for (shown on exports)</source>
            <translation>vem jämförelsen tas fram för (visas i exporter)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Framtagen för</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inget</translation>
        </message>
        <message>
            <source>not supplied: prices that need it show as not stated</source>
            <translation>ej ifyllt: priser som kräver värdet visas som ”ej angivet”</translation>
        </message>
        <message>
            <source>{description}
Unit: {unit}. Default: {default}{note}. Clause {clause}.</source>
            <translation>{description}
Enhet: {unit}. Standardvärde: {default}{note}. Punkt {clause}.</translation>
        </message>
        <message>
            <source>Comparison currency and exchange rates</source>
            <translation>Jämförelsevaluta och valutakurser</translation>
        </message>
        <message>
            <source>none (vendor currencies only)</source>
            <translation>ingen (bara leverantörernas valutor)</translation>
        </message>
        <message>
            <source>Compare in</source>
            <translation>Jämför i</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>brutto (inkl. moms)</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>netto (exkl. moms)</translation>
        </message>
        <message>
            <source>Converted amounts</source>
            <translation>Omräknade belopp</translation>
        </message>
        <message>
            <source>Rates of</source>
            <translation>Valutakurser per</translation>
        </message>
        <message>
            <source>Units of each currency per 1 {base}:</source>
            <translation>Enheter av varje valuta per 1 {base}:</translation>
        </message>
        <message>
            <source>{contract}: {name} must be a number of 0 or more, not {text}</source>
            <translation>{contract}: {name} måste vara ett tal som är 0 eller större, inte {text}</translation>
        </message>
        <message>
            <source>the rate of {code} must be a number above 0</source>
            <translation>kursen för {code} måste vara ett tal större än 0</translation>
        </message>
    </context>
    <context>
        <name>PlainWords</name>
        <message>
            <source>VAT</source>
            <translation>moms</translation>
        </message>
        <message>
            <source>at</source>
            <translation>tidpunkt</translation>
        </message>
        <message>
            <source>office hours</source>
            <translation>kontorstid</translation>
        </message>
        <message>
            <source>business day</source>
            <translation>arbetsdag</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>tolkning</translation>
        </message>
        <message>
            <source>report day</source>
            <translation>anmälningsdag</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>allvarlighetsgrad</translation>
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
            <translation>platsbesök per år</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>timmar</translation>
        </message>
        <message>
            <source>included</source>
            <translation>ingående</translation>
        </message>
        <message>
            <source>consumed</source>
            <translation>förbrukat</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>typ</translation>
        </message>
        <message>
            <source>when</source>
            <translation>gäller när</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>belopp</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regel</translation>
        </message>
        <message>
            <source>parts</source>
            <translation>delar</translation>
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
            <translation>exkl. moms</translation>
        </message>
        <message>
            <source>open</source>
            <translation>öppet</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stängt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ej angivet</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>okänt</translation>
        </message>
        <message>
            <source>always</source>
            <translation>alltid</translation>
        </message>
        <message>
            <source>hourly rate</source>
            <translation>timpris</translation>
        </message>
        <message>
            <source>prepaid hours</source>
            <translation>förbetalda timmar</translation>
        </message>
        <message>
            <source>service hours</source>
            <translation>ingående timmar</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>enligt offert</translation>
        </message>
        <message>
            <source>a share of a parameter</source>
            <translation>en andel av en parameter</translation>
        </message>
        <message>
            <source>a multiple of a parameter</source>
            <translation>en multipel av en parameter</translation>
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
            <translation>Var står mitt utkast?</translation>
        </message>
        <message>
            <source>Tick the rivals and run.</source>
            <translation>Markera konkurrenterna och kör.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Price to beat</source>
            <translation>Priset att slå</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Deras</translation>
        </message>
        <message>
            <source>Score lost</source>
            <translation>Förlorade poäng</translation>
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
            <translation>Var den förlorar (mot vinnaren eller tvåan)</translation>
        </message>
        <message>
            <source>The price to beat</source>
            <translation>Priset att slå</translation>
        </message>
        <message>
            <source>The draft has problems; fix them first (see the Problems list).</source>
            <translation>Utkastet har problem; åtgärda dem först (se problemlistan).</translation>
        </message>
        <message>
            <source>Tick at least one rival.</source>
            <translation>Markera minst en konkurrent.</translation>
        </message>
        <message>
            <source>Simulating {years} years of {profile} for {count} rivals…</source>
            <translation>Simulerar {years} år av {profile} för {count} konkurrenter…</translation>
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
            <translation>miljarder</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>miljoner</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>tusental</translation>
        </message>
        <message>
            <source>Every plan has tickets without a stated price: the bars show the known part.</source>
            <translation>Alla planer har ärenden utan angivet pris: staplarna visar den kända delen.</translation>
        </message>
        <message>
            <source>* has tickets without a stated price: the bar shows the known part.</source>
            <translation>* har ärenden utan angivet pris: stapeln visar den kända delen.</translation>
        </message>
        <message>
            <source>Yearly cost range chart</source>
            <translation>Diagram över årskostnadens spann</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>Simulerar profilen…</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}: P10 – P90, median marked</source>
            <translation>Årskostnad i {currency}: P10 – P90, medianen markerad</translation>
        </message>
        <message>
            <source>The yearly cost range of each plan, being simulated.</source>
            <translation>Årskostnadens spann för varje plan (simuleras).</translation>
        </message>
        <message>
            <source>{plan}: {currency} {p10} to {p90} a year, median {p50}</source>
            <translation>{plan}: {currency} {p10} till {p90} per år, median {p50}</translation>
        </message>
        <message>
            <source>(some costs not stated)</source>
            <translation>(vissa kostnader ej angivna)</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}, P10 to P90 with the median, per plan.</source>
            <translation>Årskostnad i {currency}, P10 till P90 med medianen, per plan.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Fault in the vendor's product</source>
            <translation>Fel i leverantörens produkt</translation>
        </message>
        <message>
            <source>Caused by the customer</source>
            <translation>Orsakat av kunden</translation>
        </message>
        <message>
            <source>No fault (question, mistaken report)</source>
            <translation>Inget fel (fråga, felaktig felanmälan)</translation>
        </message>
        <message>
            <source>Change request (new work)</source>
            <translation>Ändringsbegäran (nytt arbete)</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hög</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Låg</translation>
        </message>
        <message>
            <source>report time</source>
            <translation>anmälningstid</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>allvarlighetsgrad</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>orsak</translation>
        </message>
        <message>
            <source>vendor work</source>
            <translation>leverantörens tidsåtgång</translation>
        </message>
        <message>
            <source>on-site hours</source>
            <translation>timmar på plats</translation>
        </message>
        <message>
            <source>how long the fault existed</source>
            <translation>felets ålder</translation>
        </message>
        <message>
            <source>work outside the vendor's hours</source>
            <translation>arbete utanför leverantörens kontorstid</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>rättningen kommer i en ny release</translation>
        </message>
        <message>
            <source>Vendor work</source>
            <translation>Leverantörens tidsåtgång</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>På plats</translation>
        </message>
        <message>
            <source>Fault age</source>
            <translation>Felets ålder</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Anmält</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tidszon</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Allvarlighetsgrad</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Fault existed for</source>
            <translation>Felet har funnits i</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Work asked for outside the vendor's hours</source>
            <translation>Arbete begärs utanför leverantörens kontorstid</translation>
        </message>
        <message>
            <source>The fix ships in a software release</source>
            <translation>Rättningen kommer i en ny release</translation>
        </message>
        <message>
            <source>Add a scenario to compare the plans.</source>
            <translation>Lägg till ett scenario för att jämföra planerna.</translation>
        </message>
        <message>
            <source>{what} is at most {maximum} h: {typed} h was taken as {maximum} h.</source>
            <translation>{what} får vara högst {maximum} h: {typed} h ändrades till {maximum} h.</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Ändra {field}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioList</name>
        <message>
            <source>{reported}, {severity}, {cause}, {effort} h</source>
            <translation>{reported}, {severity}, {cause}, {effort} h</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>Byt namn på scenario</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <source>Add a scenario</source>
            <translation>Lägg till ett scenario</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicera</translation>
        </message>
        <message>
            <source>Duplicate the selected scenario</source>
            <translation>Duplicera det valda scenariot</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the selected scenario</source>
            <translation>Ta bort det valda scenariot</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scenarier</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>Scenario {number}</translation>
        </message>
        <message>
            <source>Add scenario</source>
            <translation>Lägg till scenario</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (kopia)</translation>
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation>Duplicera scenario</translation>
        </message>
        <message>
            <source>Delete scenario</source>
            <translation>Ta bort scenario</translation>
        </message>
        <message>
            <source>Move scenario</source>
            <translation>Flytta scenario</translation>
        </message>
    </context>
    <context>
        <name>SourcePanel</name>
        <message>
            <source>Text (*.txt)</source>
            <translation>Textfiler (*.txt)</translation>
        </message>
        <message>
            <source>Open the vendor's terms (a text file) or paste them here.</source>
            <translation>Öppna leverantörens villkor (en textfil) eller klistra in dem här.</translation>
        </message>
        <message>
            <source>English reading of the selected words (optional now)</source>
            <translation>Engelsk tolkning av de markerade orden (valfritt nu)</translation>
        </message>
        <message>
            <source>Open Text…</source>
            <translation>Öppna text…</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Klistra in</translation>
        </message>
        <message>
            <source>Make Clause from Selection</source>
            <translation>Skapa punkt från markering</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet</source>
            <translation>Meningar som ingen punkt citerar än</translation>
        </message>
        <message>
            <source>Open the Vendor's Terms</source>
            <translation>Öppna leverantörens villkor</translation>
        </message>
        <message>
            <source>Select the vendor's words first.</source>
            <translation>Markera leverantörens ord först.</translation>
        </message>
        <message>
            <source>Clause {clause} quotes the selected words.</source>
            <translation>Punkt {clause} citerar de markerade orden.</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet ({count})</source>
            <translation>Meningar som ingen punkt citerar än ({count})</translation>
        </message>
        <message>
            <source>Clauses no rule cites yet: {clauses}</source>
            <translation>Punkter som ingen regel hänvisar till än: {clauses}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inga</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>response</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>arbetsstart</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>åtgärd</translation>
        </message>
        <message>
            <source>release</source>
            <translation>release</translation>
        </message>
        <message>
            <source>Timeline of the milestones</source>
            <translation>Tidslinje över milstolparna</translation>
        </message>
        <message>
            <source>No plans to show.</source>
            <translation>Inga planer att visa.</translation>
        </message>
        <message>
            <source>vendor's office hours</source>
            <translation>leverantörens kontorstid</translation>
        </message>
        <message>
            <source>report</source>
            <translation>anmälan</translation>
        </message>
        <message>
            <source>Time in {zone}</source>
            <translation>Tid i {zone}</translation>
        </message>
        <message>
            <source>no milestones</source>
            <translation>inga milstolpar</translation>
        </message>
        <message>
            <source>Reported {when}.</source>
            <translation>Anmält {when}.</translation>
        </message>
    </context>
    <context>
        <name>VolumeChart</name>
        <message>
            <source>No plans are compared.</source>
            <translation>Inga planer jämförs.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>Beslutet tas fram…</translation>
        </message>
        <message>
            <source>Cost by ticket volume chart</source>
            <translation>Diagram: kostnad efter ärendevolym</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} (unpriced tickets loaded) by tickets a month</source>
            <translation>Årskostnad i {currency} (med påslag för ärenden utan pris) efter ärenden per månad</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} by tickets a month, from {low} to {high}; the profile has {volume}.</source>
            <translation>Årskostnad i {currency} efter ärenden per månad, från {low} till {high}; profilen har {volume}.</translation>
        </message>
        <message>
            <source>{plan} (the winner): {low} to {high}.</source>
            <translation>{plan} (vinnaren): {low} till {high}.</translation>
        </message>
        <message>
            <source>{plan}: {low} to {high}.</source>
            <translation>{plan}: {low} till {high}.</translation>
        </message>
        <message>
            <source>{plan} becomes cheaper at {tickets} tickets a month.</source>
            <translation>{plan} blir billigare vid {tickets} ärenden per månad.</translation>
        </message>
        <message>
            <source>tickets a month (log scale)</source>
            <translation>ärenden per månad (logaritmisk skala)</translation>
        </message>
        <message>
            <source>profile: {volume}/month</source>
            <translation>profil: {volume}/månad</translation>
        </message>
        <message>
            <source>break-even {tickets}/month</source>
            <translation>nollpunkt {tickets}/månad</translation>
        </message>
    </context>
    <context>
        <name>WhyPanel</name>
        <message>
            <source>assumed</source>
            <translation>antaget</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>tolkat</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ej angivet</translation>
        </message>
        <message>
            <source>report</source>
            <translation>anmälan</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>allvarlighetsgrad</translation>
        </message>
        <message>
            <source>scope</source>
            <translation>omfattning</translation>
        </message>
        <message>
            <source>quota</source>
            <translation>kvot</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>kostnad</translation>
        </message>
        <message>
            <source>response</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>arbetsstart</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>åtgärd</translation>
        </message>
        <message>
            <source>release</source>
            <translation>release</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>avgift</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see why.</source>
            <translation>Markera en cell i jämförelsen för att se varför.</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anmärkning</translation>
        </message>
        <message>
            <source>Change parameters and assumed values…</source>
            <translation>Ändra parametrar och antagna värden…</translation>
        </message>
        <message>
            <source>Cost lines</source>
            <translation>Kostnadsrader</translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>{basis}; the clock stopped for {hours} of pauses</source>
            <translation>{basis}; klockan stod still i {hours} under pauser</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{clock} (office hours of plan {plan})</source>
            <translation>{clock} (kontorstid enligt plan {plan})</translation>
        </message>
        <message>
            <source>{first}; {then}</source>
            <translation>{first}; {then}</translation>
        </message>
        <message>
            <source>the earliest of: {clocks}</source>
            <translation>det som inträffar först av: {clocks}</translation>
        </message>
        <message>
            <source>the latest of: {clocks}</source>
            <translation>det som inträffar sist av: {clocks}</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours (the effort)</source>
            <translation>{start} + {hours} klocktimmar (tidsåtgången)</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours</source>
            <translation>{start} + {hours} klocktimmar</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours (the effort)</source>
            <translation>{start} + {hours} arbetstimmar (tidsåtgången)</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours</source>
            <translation>{start} + {hours} arbetstimmar</translation>
        </message>
        <message>
            <source>{start} + {days} business days of {day} h</source>
            <translation>{start} + {days} arbetsdagar à {day} h</translation>
        </message>
        <message>
            <source>next business day after {start}, at opening</source>
            <translation>nästa arbetsdag efter {start}, vid öppningstid</translation>
        </message>
        <message>
            <source>next business day after {start}, at {time}</source>
            <translation>nästa arbetsdag efter {start}, kl. {time}</translation>
        </message>
        <message>
            <source>closing time of the first business day at or after {start}</source>
            <translation>stängningstid den första arbetsdagen från och med {start}</translation>
        </message>
        <message>
            <source>{start} + {days} calendar days (same local time)</source>
            <translation>{start} + {days} kalenderdagar (samma lokala klockslag)</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at closing time</source>
            <translation>första arbetsdagen som är {days}, räknat från {start}, vid stängningstid</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at {time}</source>
            <translation>första arbetsdagen som är {days}, räknat från {start}, kl. {time}</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>anmälan</translation>
        </message>
        <message>
            <source>response</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>arbetsstart</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>åtgärd</translation>
        </message>
        <message>
            <source>release</source>
            <translation>release</translation>
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
            <translation>kritiska ärenden</translation>
        </message>
        <message>
            <source>all tickets</source>
            <translation>alla ärenden</translation>
        </message>
        <message>
            <source>{milestone} within {hours} h ({statistic}, {tickets})</source>
            <translation>{milestone} inom {hours} h ({statistic}, {tickets})</translation>
        </message>
        <message>
            <source>on-site visits available for {severities} tickets</source>
            <translation>platsbesök tillgängliga för ärenden med allvarlighetsgrad {severities}</translation>
        </message>
        <message>
            <source>every ticket has a known price</source>
            <translation>varje ärende har ett känt pris</translation>
        </message>
        <message>
            <source>at most {share} of tickets without a known price</source>
            <translation>högst {share} av ärendena utan känt pris</translation>
        </message>
        <message>
            <source>yearly cost ({percentile}) at most {currency} {amount}</source>
            <translation>årskostnad ({percentile}) högst {currency} {amount}</translation>
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
            <translation>snabbhet {share}</translation>
        </message>
        <message>
            <source>coverage {share}</source>
            <translation>täckning {share}</translation>
        </message>
        <message>
            <source>; must-haves: {knockouts}</source>
            <translation>; skallkrav: {knockouts}</translation>
        </message>
        <message>
            <source>No plans are compared.</source>
            <translation>Inga planer jämförs.</translation>
        </message>
        <message>
            <source>No plan meets every must-have; the closest is {plan} ({failed}).</source>
            <translation>Ingen plan uppfyller alla skallkrav; närmast kommer {plan} ({failed}).</translation>
        </message>
        <message>
            <source>an expected year</source>
            <translation>ett förväntat år</translation>
        </message>
        <message>
            <source>a {stat} year</source>
            <translation>ett {stat}-år</translation>
        </message>
        <message>
            <source>{plan} wins with {score} points</source>
            <translation>{plan} vinner med {score} poäng</translation>
        </message>
        <message>
            <source>{head}: it is the only plan compared ({money} in {year}).</source>
            <translation>{head}: den är den enda planen som jämförs ({money} under {year}).</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}</source>
            <translation>den kostar {money} under {year} mot {theirs}</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}, tickets without a price loaded</source>
            <translation>den kostar {money} under {year} mot {theirs}, med påslag för ärenden utan pris</translation>
        </message>
        <message>
            <source>it prices {mine} of tickets against {theirs}</source>
            <translation>den prissätter {mine} av ärendena mot {theirs}</translation>
        </message>
        <message>
            <source>; but {share} of its tickets have no known price</source>
            <translation>; men {share} av dess ärenden har inget känt pris</translation>
        </message>
        <message>
            <source>{head}, {margin} ahead of {runner}: {reason}{tail}.</source>
            <translation>{head}, {margin} före {runner}: {reason}{tail}.</translation>
        </message>
        <message>
            <source>{label}: {mine} h, where the runner-up's terms state none</source>
            <translation>{label}: {mine} h, där tvåans villkor inte anger någon tid</translation>
        </message>
        <message>
            <source>{label}: {mine} h against {theirs} h</source>
            <translation>{label}: {mine} h mot {theirs} h</translation>
        </message>
        <message>
            <source>it is faster ({measures})</source>
            <translation>den är snabbare ({measures})</translation>
        </message>
        <message>
            <source>it scores higher on speed</source>
            <translation>den får högre poäng för snabbhet</translation>
        </message>
        <message>
            <source>No change was tried.</source>
            <translation>Ingen ändring prövades.</translation>
        </message>
        <message>
            <source>The winner holds under all {count} changes tried.</source>
            <translation>Vinnaren står sig vid alla {count} prövade ändringar.</translation>
        </message>
        <message>
            <source>no winner</source>
            <translation>ingen vinnare</translation>
        </message>
        <message>
            <source>{what} (→ {winner})</source>
            <translation>{what} (→ {winner})</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> och {count} till</translation>
        </message>
        <message>
            <source>The winner holds under {held} of {count} changes tried; it changes with {shown}{more}.</source>
            <translation>Vinnaren står sig vid {held} av {count} prövade ändringar; vinnaren byts vid {shown}{more}.</translation>
        </message>
        <message>
            <source>the terms state no time</source>
            <translation>villkoren anger ingen tid</translation>
        </message>
        <message>
            <source>{share} of tickets without a known price</source>
            <translation>{share} av ärendena utan känt pris</translation>
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
            <translation>{amount} (endast känd del)</translation>
        </message>
        <message>
            <source>{amount} a year</source>
            <translation>{amount} per år</translation>
        </message>
        <message>
            <source>{known} known + {load} loaded for {count} tickets a year without a price</source>
            <translation>{known} känt + {load} påslag för {count} ärenden per år utan pris</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis})</source>
            <translation>100 × lägsta / denna plans årskostnad ({statistic}, {basis})</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis}); unknown prices loaded at the highest usage cost per ticket of the plans</source>
            <translation>100 × lägsta / denna plans årskostnad ({statistic}, {basis}); okända priser får ett påslag motsvarande planernas högsta förbrukningskostnad per ärende</translation>
        </message>
        <message>
            <source>net</source>
            <translation>exkl. moms</translation>
        </message>
        <message>
            <source>gross</source>
            <translation>inkl. moms</translation>
        </message>
        <message>
            <source>{measure}: not stated</source>
            <translation>{measure}: ej angivet</translation>
        </message>
        <message>
            <source>{measure}: {hours} h</source>
            <translation>{measure}: {hours} h</translation>
        </message>
        <message>
            <source>100 × fastest / this plan's, per measure (a time not stated scores 0)</source>
            <translation>100 × snabbaste / denna plans, per mått (en ej angiven tid ger 0 poäng)</translation>
        </message>
        <message>
            <source>{before}; {after}</source>
            <translation>{before}; {after}</translation>
        </message>
        <message>
            <source>{share} of tickets at a known price</source>
            <translation>{share} av ärendena till känt pris</translation>
        </message>
        <message>
            <source>{covered}; refused: {causes}</source>
            <translation>{covered}; avvisat: {causes}</translation>
        </message>
        <message>
            <source>100 × share of tickets covered at a known price</source>
            <translation>100 × andel ärenden som täcks till känt pris</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Vendor · plan</source>
            <translation>Leverantör · plan</translation>
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
            <translation>Förbrukning / år</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90</translation>
        </message>
        <message>
            <source>Priced</source>
            <translation>Prissatt</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Snabbhet</translation>
        </message>
        <message>
            <source>Must-haves</source>
            <translation>Skallkrav</translation>
        </message>
        <message>
            <source>{known} + {share} unpriced</source>
            <translation>{known} + {share} utan pris</translation>
        </message>
        <message>
            <source>{detail}. Ranked on {loaded} loaded.</source>
            <translation>{detail}. Rangordnad efter {loaded} inklusive påslag.</translation>
        </message>
        <message>
            <source>yearly cost</source>
            <translation>årskostnad</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>snabbhet</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>täckning</translation>
        </message>
        <message>
            <source>{part}: {points} points × {weight} ({value}; {basis})</source>
            <translation>{part}: {points} poäng × {weight} ({value}; {basis})</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>inga valda</translation>
        </message>
        <message>
            <source>all met</source>
            <translation>alla uppfyllda</translation>
        </message>
        <message>
            <source>fails: {failed}</source>
            <translation>uppfyller inte: {failed}</translation>
        </message>
        <message>
            <source>needs a parameter</source>
            <translation>kräver en parameter</translation>
        </message>
        <message>
            <source>{low}–{high}</source>
            <translation>{low} – {high}</translation>
        </message>
        <message>
            <source>The 10th and 90th percentile of the simulated years</source>
            <translation>10:e och 90:e percentilen av de simulerade åren</translation>
        </message>
        <message>
            <source>expected (mean)</source>
            <translation>förväntat värde (medelvärde)</translation>
        </message>
        <message>
            <source>Yearly cost: the fee plus usage under the profile “{profile}”, {statistic} of {years} simulated years, {basis}, in {currency} at the rates of {date}.</source>
            <translation>Årskostnad: avgiften plus förbrukningen enligt profilen ”{profile}”, {statistic} av {years} simulerade år, {basis}, i {currency} enligt valutakurserna per {date}.</translation>
        </message>
        <message>
            <source>A plan with tickets it refuses or does not price shows the known part; it is ranked on the cost with those tickets loaded at {rate} each (the highest usage cost per priced ticket among the plans).</source>
            <translation>En plan med ärenden som den avvisar eller inte prissätter visar den kända delen; den rangordnas efter kostnaden med ett påslag på {rate} per sådant ärende (planernas högsta förbrukningskostnad per prissatt ärende).</translation>
        </message>
        <message>
            <source>Score: {criteria}.</source>
            <translation>Poäng: {criteria}.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangordning</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>Vad som ändras</translation>
        </message>
        <message>
            <source>Tried</source>
            <translation>Prövat</translation>
        </message>
        <message>
            <source>Winner then</source>
            <translation>Vinnare då</translation>
        </message>
        <message>
            <source>Largest yearly change</source>
            <translation>Största årliga förändring</translation>
        </message>
        <message>
            <source>Where it flips</source>
            <translation>Gräns för vinnarbyte</translation>
        </message>
        <message>
            <source>{winner} (flips)</source>
            <translation>{winner} (vinnarbyte)</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>oförändrad</translation>
        </message>
        <message>
            <source>{flips} of {count} changes flip the winner; {held} leave it in place.</source>
            <translation>{flips} av {count} ändringar ger en annan vinnare; {held} lämnar vinnaren oförändrad.</translation>
        </message>
        <message>
            <source>What would flip the winner</source>
            <translation>Vad som skulle ge en annan vinnare</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Mot</translation>
        </message>
        <message>
            <source>Break-even tickets / month</source>
            <translation>Nollpunkt, ärenden / månad</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Tolkning</translation>
        </message>
        <message>
            <source>none in range</source>
            <translation>ingen inom intervallet</translation>
        </message>
        <message>
            <source> (known prices, loaded)</source>
            <translation> (kända priser, med påslag)</translation>
        </message>
        <message>
            <source>The profile has {count} tickets a month; the winner's yearly cost equals the rival's at the volume shown.</source>
            <translation>Profilen har {count} ärenden per månad; vinnarens årskostnad är lika med konkurrentens vid den volym som visas.</translation>
        </message>
        <message>
            <source>Break-even volumes of {plan}</source>
            <translation>Volymer vid nollpunkt för {plan}</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ej angivet</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>antaget</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>tolkat</translation>
        </message>
        <message>
            <source>not supplied</source>
            <translation>ej ifyllt</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Leverantör</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>We assume</source>
            <translation>Vi antar</translation>
        </message>
        <message>
            <source>Question to send</source>
            <translation>Fråga att skicka</translation>
        </message>
        <message>
            <source>Could move</source>
            <translation>Kan påverka</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>Frågor till varje leverantör</translation>
        </message>
        <message>
            <source>{statistic} yearly cost, {basis}, in {currency}</source>
            <translation>{statistic} årskostnad, {basis}, i {currency}</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>förväntad</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>Scenarier × planer</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>start not stated</source>
            <translation>arbetsstart: ej angivet</translation>
        </message>
        <message>
            <source>{start} · {cost}</source>
            <translation>{start} · {cost}</translation>
        </message>
        <message>
            <source>Work start: {start}
Cost: {cost}</source>
            <translation>Arbetsstart: {start}
Kostnad: {cost}</translation>
        </message>
        <message>
            <source>Scenarios × plans: work start · cost</source>
            <translation>Scenarier × planer: arbetsstart · kostnad</translation>
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
            <translation>Förbrukning</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>Överskjutande</translation>
        </message>
        <message>
            <source>Not covered a year</source>
            <translation>Ej täckta per år</translation>
        </message>
        <message>
            <source>No price a year</source>
            <translation>Utan pris per år</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Work start</source>
            <translation>Arbetsstart</translation>
        </message>
        <message>
            <source>{median} / {p90}</source>
            <translation>{median} / {p90}</translation>
        </message>
        <message>
            <source>needs parameter {name}</source>
            <translation>kräver parametern {name}</translation>
        </message>
        <message>
            <source>{count} ({share})</source>
            <translation>{count} ({share})</translation>
        </message>
        <message>
            <source>{count} (incomplete)</source>
            <translation>{count} (ofullständigt)</translation>
        </message>
        <message>
            <source>A year of support</source>
            <translation>Ett års support</translation>
        </message>
        <message>
            <source>Reported on the vendor's clock</source>
            <translation>Anmält (leverantörens lokala tid)</translation>
        </message>
        <message>
            <source>Not stated in the terms</source>
            <translation>Ej angivet i villkoren</translation>
        </message>
        <message>
            <source>The terms say nothing about after-hours work; no surcharge is assumed</source>
            <translation>Villkoren säger inget om arbete utanför kontorstid; inget tillägg antas</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>fast avgift</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>Täcks inte</translation>
        </message>
        <message>
            <source>Priced by quote</source>
            <translation>Prissätts enligt offert</translation>
        </message>
        <message>
            <source>On-site visit</source>
            <translation>Platsbesök</translation>
        </message>
        <message>
            <source>Customisation</source>
            <translation>Anpassning</translation>
        </message>
        <message>
            <source>Package hours</source>
            <translation>Pakettimmar</translation>
        </message>
        <message>
            <source>Monthly hour cap</source>
            <translation>Timtak per månad</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Arbete</translation>
        </message>
        <message>
            <source>no on-site visits in this plan</source>
            <translation>inga platsbesök ingår i den här planen</translation>
        </message>
        <message>
            <source>the terms do not price this; ask the vendor</source>
            <translation>villkoren anger inget pris för detta; fråga leverantören</translation>
        </message>
        <message>
            <source>included</source>
            <translation>ingår</translation>
        </message>
        <message>
            <source>the terms give no price</source>
            <translation>villkoren anger inget pris</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>prissätts enligt offert</translation>
        </message>
        <message>
            <source>not debited</source>
            <translation>debiteras inte</translation>
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
            <translation>Leverantören anger sin tid som {written}; tolkas som {zone}</translation>
        </message>
        <message>
            <source>Office hours: the plan's own</source>
            <translation>Kontorstid: planens egen</translation>
        </message>
        <message>
            <source>Office hours: the vendor's</source>
            <translation>Kontorstid: leverantörens</translation>
        </message>
        <message>
            <source>Holidays: {country} ({kinds}), {library}</source>
            <translation>Helgdagar: {country} ({kinds}), {library}</translation>
        </message>
        <message>
            <source>Holidays: {words}</source>
            <translation>Helgdagar: {words}</translation>
        </message>
        <message>
            <source>Handled as {becomes}, not {severity}: {reason}</source>
            <translation>Hanteras som {becomes}, inte {severity}: {reason}</translation>
        </message>
        <message>
            <source>on-site visits only for {severities} requests</source>
            <translation>platsbesök endast för förfrågningar med allvarlighetsgrad {severities}</translation>
        </message>
        <message>
            <source>Uses one of {visits} on-site visits a year</source>
            <translation>Använder ett av {visits} platsbesök per år</translation>
        </message>
        <message>
            <source>needs {effort} of customisation; the plan includes {included} a year</source>
            <translation>kräver {effort} anpassning; i planen ingår {included} per år</translation>
        </message>
        <message>
            <source>Uses {effort} of {included} customisation a year</source>
            <translation>Använder {effort} av {included} anpassning per år</translation>
        </message>
        <message>
            <source>needs {consumed}; the package holds {hours}</source>
            <translation>kräver {consumed}; paketet rymmer {hours}</translation>
        </message>
        <message>
            <source>Hours consumed from the package</source>
            <translation>Timmar som dras från paketet</translation>
        </message>
        <message>
            <source>needs {consumed}; at most {cap} may be used in a month</source>
            <translation>kräver {consumed}; högst {cap} får användas per månad</translation>
        </message>
        <message>
            <source>At least {hours} are consumed every month, used or not</source>
            <translation>Minst {hours} förbrukas varje månad, oavsett om de används eller inte</translation>
        </message>
        <message>
            <source>Requests per month: {limit}</source>
            <translation>Förfrågningar per månad: {limit}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>obegränsat</translation>
        </message>
        <message>
            <source>parameter {name} has no value; supply it to see this price</source>
            <translation>parametern {name} har inget värde; fyll i den för att se priset</translation>
        </message>
        <message>
            <source>{hours} × {rate} per {minutes} min</source>
            <translation>{hours} × {rate} per {minutes} minuter</translation>
        </message>
        <message>
            <source>{worked} worked, billed as {billed}</source>
            <translation>{worked} arbetade, debiterade som {billed}</translation>
        </message>
        <message>
            <source>{how}; minimum charge {amount}</source>
            <translation>{how}; minimidebitering {amount}</translation>
        </message>
        <message>
            <source>{hours} from the package × {rate}</source>
            <translation>{hours} från paketet × {rate}</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours</source>
            <translation>{debited} dras från {included} ingående timmar</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours; {left} left</source>
            <translation>{debited} dras från {included} ingående timmar; {left} kvar</translation>
        </message>
        <message>
            <source>{debit}; {hours} beyond them × {rate}</source>
            <translation>{debit}; {hours} utöver dem × {rate}</translation>
        </message>
        <message>
            <source>Fees a year: {basis}</source>
            <translation>Avgifter per år: {basis}</translation>
        </message>
        <message>
            <source>{basis} a month</source>
            <translation>{basis} per månad</translation>
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
            <translation>Planens avgift: parametern {parameter} har inget värde; fyll i den för att se avgiften</translation>
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
            <translation>Månadsavgift</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a year</source>
            <translation>Avgift, % av {parameter} per år</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a month</source>
            <translation>Avgift, % av {parameter} per månad</translation>
        </message>
        <message>
            <source>{label} (rate per hour)</source>
            <translation>{label} (pris per timme)</translation>
        </message>
        <message>
            <source>{label} (rate per {minutes} minutes)</source>
            <translation>{label} (pris per {minutes} minuter)</translation>
        </message>
        <message>
            <source>{label} (per hour beyond the included hours)</source>
            <translation>{label} (per timme utöver de ingående timmarna)</translation>
        </message>
        <message>
            <source>Included service hours ({parameter})</source>
            <translation>Ingående timmar ({parameter})</translation>
        </message>
        <message>
            <source>{label} ({conditions})</source>
            <translation>{label} ({conditions})</translation>
        </message>
        <message>
            <source>Response in clock hours</source>
            <translation>Svar i klocktimmar</translation>
        </message>
        <message>
            <source>Response in business hours</source>
            <translation>Svar i arbetstimmar</translation>
        </message>
        <message>
            <source>Work start in clock hours</source>
            <translation>Arbetsstart i klocktimmar</translation>
        </message>
        <message>
            <source>Work start in business hours</source>
            <translation>Arbetsstart i arbetstimmar</translation>
        </message>
        <message>
            <source>cheapest</source>
            <translation>billigast</translation>
        </message>
        <message>
            <source>fastest</source>
            <translation>snabbast</translation>
        </message>
        <message>
            <source>winner</source>
            <translation>vinnare</translation>
        </message>
        <message>
            <source>cannot become the cheapest by this figure alone</source>
            <translation>kan inte bli billigast enbart genom detta värde</translation>
        </message>
        <message>
            <source>cannot become the fastest by this figure alone</source>
            <translation>kan inte bli snabbast enbart genom detta värde</translation>
        </message>
        <message>
            <source>cannot become the winner by this figure alone</source>
            <translation>kan inte bli vinnare enbart genom detta värde</translation>
        </message>
        <message>
            <source>already the cheapest, whatever this figure</source>
            <translation>redan billigast, oavsett detta värde</translation>
        </message>
        <message>
            <source>already the fastest, whatever this figure</source>
            <translation>redan snabbast, oavsett detta värde</translation>
        </message>
        <message>
            <source>already the winner, whatever this figure</source>
            <translation>redan vinnare, oavsett detta värde</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or less</source>
            <translation>redan billigast; förblir det vid {value} eller lägre</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or more</source>
            <translation>redan billigast; förblir det vid {value} eller högre</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or less</source>
            <translation>redan snabbast; förblir det vid {value} eller lägre</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or more</source>
            <translation>redan snabbast; förblir det vid {value} eller högre</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or less</source>
            <translation>redan vinnare; förblir det vid {value} eller lägre</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or more</source>
            <translation>redan vinnare; förblir det vid {value} eller högre</translation>
        </message>
        <message>
            <source>the cheapest at {value} or less (now {current})</source>
            <translation>billigast vid {value} eller lägre (nu {current})</translation>
        </message>
        <message>
            <source>the cheapest at {value} or more (now {current})</source>
            <translation>billigast vid {value} eller högre (nu {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or less (now {current})</source>
            <translation>snabbast vid {value} eller lägre (nu {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or more (now {current})</source>
            <translation>snabbast vid {value} eller högre (nu {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or less (now {current})</source>
            <translation>vinnare vid {value} eller lägre (nu {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or more (now {current})</source>
            <translation>vinnare vid {value} eller högre (nu {current})</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points.</source>
            <translation>{plan}: plats {rank} av {count}, {score} poäng.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: it wins, {gap} ahead of {other}.</source>
            <translation>{plan}: plats {rank} av {count}, {score} poäng: vinner, {gap} poäng före {other}.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: {gap} behind the winner, {other}.</source>
            <translation>{plan}: plats {rank} av {count}, {score} poäng: {gap} poäng efter vinnaren, {other}.</translation>
        </message>
        <message>
            <source>Clause {clause}</source>
            <translation>Punkt {clause}</translation>
        </message>
        <message>
            <source>Your terms</source>
            <translation>Era villkor</translation>
        </message>
        <message>
            <source>{clause}: “{label}” is priced by quote. What would a typical request of this kind cost, and how soon is the quote given?</source>
            <translation>{clause}: ”{label}” prissätts enligt offert. Vad skulle en typisk förfrågan av det här slaget kosta, och hur snabbt lämnas offerten?</translation>
        </message>
        <message>
            <source>{clause}: the terms mention “{label}” but give no price. What do you charge (rate, billing increment, minimum charge)?</source>
            <translation>{clause}: villkoren nämner ”{label}” men anger inget pris. Vad debiterar ni (taxa, debiteringsintervall, minimidebitering)?</translation>
        </message>
        <message>
            <source>{clause}: the terms do not say this; we assumed: {reading} Is that right, and if not, what applies?</source>
            <translation>{clause}: villkoren säger inget om detta; vi har antagit: {reading} Stämmer det, och om inte, vad gäller?</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Or do they mean: {other} Which reading applies?</source>
            <translation>{clause}: vi tolkar villkoren så här: {reading} Eller menas: {other} Vilken tolkning gäller?</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Which reading applies?</source>
            <translation>{clause}: vi tolkar villkoren så här: {reading} Vilken tolkning gäller?</translation>
        </message>
        <message>
            <source>unknown: about {count} tickets a year of this plan have no price</source>
            <translation>okänt: cirka {count} ärenden per år i den här planen saknar pris</translation>
        </message>
        <message>
            <source>not measured (no alternative reading is given in the contract file)</source>
            <translation>inte mätt (avtalsfilen anger ingen alternativ tolkning)</translation>
        </message>
        <message>
            <source>no effect on yearly costs (times may change)</source>
            <translation>ingen effekt på årskostnaderna (tiderna kan ändras)</translation>
        </message>
        <message>
            <source>moves a yearly cost by up to {amount}</source>
            <translation>ändrar en årskostnad med upp till {amount}</translation>
        </message>
        <message>
            <source>{effect}; changes the winner to {plans}</source>
            <translation>{effect}; vinnaren blir {plans}</translation>
        </message>
        <message>
            <source>no measurable effect</source>
            <translation>ingen mätbar effekt</translation>
        </message>
        <message>
            <source>no value: the prices that need it show as not stated</source>
            <translation>inget värde: priser som kräver det visas som ”ej angivet”</translation>
        </message>
        <message>
            <source>unknown: the plan cannot be priced without it</source>
            <translation>okänt: planen kan inte prissättas utan det</translation>
        </message>
        <message>
            <source>{value} {unit} (the contract file's default)</source>
            <translation>{value} {unit} (avtalsfilens standardvärde)</translation>
        </message>
        <message>
            <source>{description} What is the figure for us?</source>
            <translation>{description} Vilket värde gäller för oss?</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>täcks</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>täcks inte</translation>
        </message>
        <message>
            <source>quote required</source>
            <translation>offert krävs</translation>
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
            <translation>allvarlighetsgrad {severities}</translation>
        </message>
        <message>
            <source>cause: {causes}</source>
            <translation>orsak: {causes}</translation>
        </message>
        <message>
            <source>reported in office hours</source>
            <translation>anmält under kontorstid</translation>
        </message>
        <message>
            <source>reported outside office hours</source>
            <translation>anmält utanför kontorstid</translation>
        </message>
        <message>
            <source>reported on a business day by {time}</source>
            <translation>anmält en arbetsdag senast kl. {time}</translation>
        </message>
        <message>
            <source>the fault is at most {hours} old</source>
            <translation>felet har funnits i högst {hours}</translation>
        </message>
        <message>
            <source>the fault is over {hours} old</source>
            <translation>felet har funnits i mer än {hours}</translation>
        </message>
        <message>
            <source>vendor work at most {hours}</source>
            <translation>leverantörens tidsåtgång högst {hours}</translation>
        </message>
        <message>
            <source>vendor work over {hours}</source>
            <translation>leverantörens tidsåtgång över {hours}</translation>
        </message>
        <message>
            <source>work asked for outside office hours</source>
            <translation>arbete utanför kontorstid har begärts</translation>
        </message>
        <message>
            <source>work in office hours</source>
            <translation>arbete under kontorstid</translation>
        </message>
        <message>
            <source>on site</source>
            <translation>på plats</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>på distans</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>rättningen kommer i en ny release</translation>
        </message>
        <message>
            <source>no release needed</source>
            <translation>ingen release behövs</translation>
        </message>
        <message>
            <source>{value} {unit}</source>
            <translation>{value} {unit}</translation>
        </message>
        <message>
            <source>below about {value}</source>
            <translation>under cirka {value}</translation>
        </message>
        <message>
            <source>above about {value}</source>
            <translation>över cirka {value}</translation>
        </message>
        <message>
            <source>{tried} ({sign}{change} of {value})</source>
            <translation>{tried} ({sign}{change} av {value})</translation>
        </message>
        <message>
            <source>exchange rate of {currency}</source>
            <translation>valutakursen för {currency}</translation>
        </message>
        <message>
            <source>{currency} {change} weaker against {other}</source>
            <translation>{currency} {change} svagare mot {other}</translation>
        </message>
        <message>
            <source>{currency} {change} stronger against {other}</source>
            <translation>{currency} {change} starkare mot {other}</translation>
        </message>
        <message>
            <source>ticket volume</source>
            <translation>ärendevolym</translation>
        </message>
        <message>
            <source>{count} tickets a month ({factor}× the profile)</source>
            <translation>{count} ärenden per månad ({factor}× profilen)</translation>
        </message>
        <message>
            <source>equal yearly cost at about {count} tickets a month</source>
            <translation>lika årskostnad vid cirka {count} ärenden per månad</translation>
        </message>
        <message>
            <source>cheaper at every volume from {low} to {high} tickets a month</source>
            <translation>billigare vid alla volymer från {low} till {high} ärenden per månad</translation>
        </message>
        <message>
            <source>dearer at every volume from {low} to {high} tickets a month</source>
            <translation>dyrare vid alla volymer från {low} till {high} ärenden per månad</translation>
        </message>
        <message>
            <source>The terms say nothing about this.</source>
            <translation>Villkoren säger inget om detta.</translation>
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
            <translation>enligt offert</translation>
        </message>
        <message>
            <source>{known} + {reason}</source>
            <translation>{known} + {reason}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>inget pris</translation>
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
            <translation>Åtgärdat</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Cost ({basis}, vendor's currency)</source>
            <translation>Kostnad ({basis}, leverantörens valuta)</translation>
        </message>
        <message>
            <source>Plan fee</source>
            <translation>Planens avgift</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>inkl. moms</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>exkl. moms</translation>
        </message>
        <message>
            <source>Times are each vendor's local time, with the time after the report; kinds other than a commitment are named (average, goal, estimate).</source>
            <translation>Tiderna anges i varje leverantörs lokala tid, med tiden efter anmälan; andra typer än åtagande anges (genomsnitt, mål, uppskattning).</translation>
        </message>
        <message>
            <source>Amounts are {basis}.</source>
            <translation>Beloppen anges {basis}.</translation>
        </message>
        <message>
            <source>Converted to {currency} at the rates of {date} (base {base}).</source>
            <translation>Omräknat till {currency} enligt valutakurserna per {date} (bas {base}).</translation>
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
            <translation>hög</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>low</source>
            <translation>låg</translation>
        </message>
        <message>
            <source>a fault in the vendor's product</source>
            <translation>fel i leverantörens produkt</translation>
        </message>
        <message>
            <source>caused by the customer</source>
            <translation>orsakat av kunden</translation>
        </message>
        <message>
            <source>no fault</source>
            <translation>inget fel</translation>
        </message>
        <message>
            <source>a change request</source>
            <translation>ändringsbegäran</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>åtagande</translation>
        </message>
        <message>
            <source>average</source>
            <translation>genomsnitt</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>uppskattning</translation>
        </message>
        <message>
            <source>best effort</source>
            <translation>efter bästa förmåga</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>måndag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>tisdag</translation>
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
            <translation>lördag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>söndag</translation>
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
