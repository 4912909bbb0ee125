"""Demo initiatives with the real facts of the campaign's seed texts, in Dutch and English.

Idempotent: an initiative whose Dutch slug exists is left as it is.
"""

from partners.models import PartnerPage
from stemhub.demo import add_child_page, feature_pages, translated
from taxonomy.models import Sector

from .models import EducationLevel, InitiativePartner, Region, TargetGroup
from .setup import ensure_all
from .translation import initiative_texts


def _p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


INITIATIVES = [
    {
        "slug": ("stemhelden", "stemheroes"),
        "title": ("#STEMhelden", "#STEMhelden (STEM heroes)"),
        "organisation": "stem-platform",
        "source_author": ("STEM-platform en Technopolis", "STEM-platform and Technopolis"),
        "country": ("België", "Belgium"),
        "regions": ["vlaanderen"],
        "target_groups": ["kinderen-10-14", "ouders", "leerkrachten"],
        "education_levels": ["basisonderwijs", "secundair-onderwijs"],
        "sectors": ["media", "onderwijs", "materialen-recyclage", "automobiel", "defensie"],
        "year_started": 2020,
        "status": "running",
        "website": "https://www.technopolis.be/STEMhelden",
        "summary": (
            "Mediacampagne met korte video's waarin kindreporters jonge STEM-professionals "
            "op hun werkplek interviewen.",
            "Media campaign of short films in which child reporters interview young STEM "
            "professionals at work.",
        ),
        "abstract": (
            "#STEMhelden is een mediacampagne met korte films voor 10- tot 14-jarigen, hun "
            "ouders en hun leerkrachten. Telkens tonen een theoretisch en een praktisch "
            "opgeleide STEM-professional hoe ze samen een maatschappelijk probleem oplossen, "
            "met veel aandacht voor gendersensitieve taal en beelden.",
            "#STEMhelden ('STEM heroes') is a media campaign of short films for 10 to 14 year "
            "olds, their parents and their teachers. Each time a theoretically and a practically "
            "trained STEM professional show how together they solve a problem that matters to "
            "society, with a lot of attention for gender-sensitive language and images.",
        ),
        "description": (
            _p(
                "Meer jongeren, en vooral meisjes, laten kiezen voor STEM-onderwijs en "
                "STEM-gericht beroepsonderwijs. Jongeren kiezen vanaf 15 jaar een "
                "studierichting, dus moeten ze vóór die leeftijd een inspirerend beeld krijgen "
                "van een job als #STEMheld.",
                "In het najaar van 2020 lanceerden Technopolis, VRT en het STEM-platform een "
                "eerste reeks van 13 video's; in mei 2021 kwamen er 11 bij, met nieuwe sectoren "
                "zoals de autosector, de bouw, Defensie en het Rode Kruis.",
            ),
            _p(
                "Encourage more young people, and girls in particular, to enrol in STEM "
                "education and STEM-oriented VET. Young people in Flanders choose a study "
                "programme from 15, so before that age they need an inspiring picture of a job "
                "as a STEM hero.",
                "In the autumn of 2020 Technopolis, VRT and the STEM-platform launched a first "
                "series of 13 videos; in May 2021 another 11 followed, with new sectors such as "
                "automotive, construction, Defence and the Red Cross.",
            ),
        ),
        "reach": (
            _p("De video's van de eerste reeks werden meer dan 58 000 keer bekeken."),
            _p("The videos of the first series were watched more than 58,000 times."),
        ),
        "impact": (
            _p(
                "Een breed netwerk verspreidt de video's: de initiatiefnemers, de deelnemende "
                "bedrijven en partners zoals Brightlab, VDAB, Beroepenhuis, Onderwijskiezer en "
                "CLB; het STEM-platform brengt ze naar scholen en ouderverenigingen."
            ),
            _p(
                "A broad network spreads the videos: the founders, the participating companies "
                "and partners such as Brightlab, VDAB, Beroepenhuis, Onderwijskiezer and CLB; "
                "the STEM-platform brings them to schools and parent associations."
            ),
        ),
        "strategy": (
            _p(
                "Sluit aan bij de vaststellingen van de STEM-monitor 2020 en de "
                "Wetenschapsbarometer 2020 van de Vlaamse overheid."
            ),
            _p(
                "Responds to the findings of the Flemish government's STEM-monitor 2020 and "
                "Science Barometer 2020."
            ),
        ),
        "partners": [
            ("lead", "technopolis"),
            ("lead", "vrt"),
            ("lead", "stem-platform"),
            ("contributing", "umicore"),
            ("contributing", "vdab"),
            ("contributing", "defensie"),
            ("contributing", "rode-kruis"),
            ("contributing", "vti-torhout"),
        ],
    },
    {
        "slug": ("das-geniaal", "das-geniaal"),
        "title": ("Da's Geniaal", "Da's Geniaal"),
        "organisation": "technopolis",
        "country": ("België", "Belgium"),
        "regions": ["vlaanderen"],
        "target_groups": ["kinderen-10-14"],
        "education_levels": ["basisonderwijs", "secundair-onderwijs"],
        "sectors": ["materialen-recyclage", "onderwijs"],
        "status": "running",
        "summary": (
            "Coalitie van 20 bedrijven en non-profitpartners die 10- tot 14-jarigen via "
            "influencer-challenges aanspoort om laagdrempelige experimenten te doen.",
            "Coalition of 20 companies and non-profit partners that uses influencer challenges "
            "to get 10 to 14 year olds doing simple experiments.",
        ),
        "abstract": (
            "Da's Geniaal ontsprong uit de schoot van #STEMhelden. Via challenges van "
            "influencers op sociale media gaan kinderen zelf aan de slag met STEM.",
            "Da's Geniaal grew out of #STEMhelden. Through influencers' challenges on social "
            "media, children try STEM out for themselves.",
        ),
        "description": (
            _p(
                "Umicore deed mee met een batterij-challenge waarmee jongeren tussen 10 en 14 "
                "jaar zelf konden experimenteren."
            ),
            _p(
                "Umicore took part with a battery challenge that let young people between 10 "
                "and 14 experiment for themselves."
            ),
        ),
        "partners": [("contributing", "umicore")],
    },
    {
        "slug": ("together-4-stem", "together-4-stem"),
        "title": ("Together 4 STEM", "Together 4 STEM"),
        "organisation": "csr-europe",
        "source_author": ("EU STEM Coalition", "EU STEM Coalition"),
        "country": ("België", "Belgium"),
        "regions": ["europa"],
        "target_groups": ["leerkrachten", "secundaire-leerlingen"],
        "education_levels": ["secundair-onderwijs", "levenslang-leren"],
        "sectors": ["onderwijs", "energie"],
        "year_started": 2019,
        "status": "running",
        "summary": (
            "Samenwerkingsplatform dat bedrijfsactiviteiten voor inclusief STEM-onderwijs en "
            "STEM-loopbanen versnelt en opschaalt, met bruggen tussen industrie en onderwijs.",
            "Together 4 STEM Collaborative Platform aims to accelerate and scale business "
            "activities to promote inclusive STEM education and careers through sustainable "
            "business collaboration and active industry-education bridge-building.",
        ),
        "abstract": (
            "De belangrijkste industrieën van vandaag steunen op vaardigheden uit "
            "STEM-onderwijs, maar dat onderwijs volstaat niet voor de noden van economie en "
            "samenleving. Europa moet strategisch investeren in STEM-onderwijs en "
            "publiek-private partnerschappen.",
            "The most crucial industries of today all fundamentally depend on skills acquired "
            "by STEM education. However, the current STEM education system is not sufficient "
            "for our modern economic nor societal needs. Europe needs to strategically invest "
            "in STEM education and public private partnerships.",
        ),
        "description": (
            _p("In 2023 in twee werkstromen:")
            + _ul(
                "Bedrijf-onderwijsinitiatieven versterken die jongeren inspireren voor STEM",
                "Een vlotte overgang naar werk voor huidige en toekomstige generaties",
            )
            + _p(
                "Leren, delen en co-creëren; lesmateriaal van bedrijven bundelen (STEM@Home, "
                "Climate Education Toolkit); lokale STEM-netwerken opbouwen."
            ),
            _p("In 2023 in two workstreams:")
            + _ul(
                "Strengthen business-education initiatives to inspire and empower young people "
                "in STEM",
                "Ensure a smooth transition to work for current and future generations",
            )
            + _p(
                "Learn, share and co-create; pool companies' learning content (STEM@Home, "
                "Climate Education Toolkit); build local STEM networks."
            ),
        ),
        "kpis": (
            _p(
                "Vóór 2023: bezoekers van de STEM@Home-website en downloads van de Climate "
                "Education Toolkit. Vanaf 2023: een impactmeting na alle activiteiten van het "
                "plan 2023."
            ),
            _p(
                "Before 2023: outreach/visitors of the STEM@Home website, downloads of the "
                "Climate Education Toolkit. From 2023 on: an impact measurement after all "
                "activities organised under the 2023 plan."
            ),
        ),
        "strategy": (
            _ul(
                "Pact for Youth (CSR Europe): partnerschappen tussen bedrijven en onderwijs",
                "Europees Jaar van de Jeugd 2022: 'Together 4 STEM Goes Green'",
                "Europees Jaar van de Vaardigheden 2023",
            ),
            _ul(
                "Pact for Youth (CSR Europe): partnerships between business and education",
                "European Year of Youth 2022: 'Together 4 STEM Goes Green'",
                "European Year of Skills 2023",
            ),
        ),
        "impact": (
            _p(
                "Feedback van ongeveer 100 leerkrachten, leerlingen en onderwijsorganisaties "
                "via een impactbevraging (doel 2023)."
            ),
            _p(
                "Collective feedback from around 100 teachers, students and educational "
                "organisations through an impact measurement survey (objective for 2023)."
            ),
        ),
        "reach": (
            _ul(
                "Ongeveer 400 deelnemers wereldwijd aan workshops, webinars en rondetafels",
                "STEM@Home-website: ongeveer 2 200 gebruikers per jaar (2020–2023)",
                "Climate Education Toolkit: ongeveer 500 downloads",
            ),
            _ul(
                "About 400 participants worldwide in workshops, webinars and roundtables",
                "STEM@Home website: approximately 2.2K users a year (2020–2023)",
                "Climate Education Toolkit: approximately 500 downloads",
            ),
        ),
        "budget": (
            "Gefinancierd door de partnerbedrijven van Together 4 STEM: Huawei, Toyota en "
            "Unipol Group.",
            "Funded by Together 4 STEM Partner Companies: Huawei, Toyota and Unipol Group.",
        ),
        "partners": [
            ("lead", "csr-europe"),
            ("contributing", "=Huawei"),
            ("contributing", "=Toyota"),
            ("contributing", "=Unipol Group"),
        ],
    },
    {
        "slug": ("kiezen-voor-stem", "choosing-stem"),
        "title": ("Kiezen voor STEM", "Choosing STEM (Kiezen voor STEM)"),
        "source_author": (
            "Vlaamse Adviesraad voor Innoveren en Ondernemen (VARIO)",
            "Flemish Council for Innovation and Enterprise (VARIO)",
        ),
        "country": ("België", "Belgium"),
        "regions": ["vlaanderen"],
        "target_groups": ["secundaire-leerlingen", "leerkrachten"],
        "education_levels": ["secundair-onderwijs", "hoger-onderwijs"],
        "sectors": ["onderwijs"],
        "status": "ended",
        "summary": (
            "Studie naar de keuze van jongeren voor technische en wetenschappelijke "
            "studierichtingen.",
            "Research into young people's choice of technical and scientific studies.",
        ),
        "abstract": (
            "Door het tekort aan STEM-afgestudeerden op de Vlaamse arbeidsmarkt liet VARIO "
            "onderzoek doen naar trends in de studiekeuze voor STEM ('Kiezen voor STEM. De "
            "keuze van jongeren voor technische en wetenschappelijke studies').",
            "Triggered by the shortage of STEM graduates in the Flemish labour market, VARIO "
            "commissioned this research into trends and developments related to students "
            "choosing STEM education.",
        ),
        "description": (
            _ul(
                "Meer inzicht in trends en cijfers over STEM in het Vlaamse onderwijs",
                "Internationale goede praktijken en hun succesfactoren in kaart brengen",
            ),
            _ul(
                "Achieve more insight in the trends and figures related to STEM within the "
                "Flemish education system",
                "Identify international best practices for more STEM graduates and their "
                "success factors",
            ),
        ),
        "strategy": (
            _p(
                "De Vlaamse STEM-definitie uit dit rapport is de basis van het STEM-Actieplan "
                "2012–2020 en de STEM-monitor van de Vlaamse overheid."
            ),
            _p(
                "Its definition of STEM for the Flemish education system is the foundation of "
                "the Flemish STEM strategy (STEM-Actieplan 2012–2020) and the STEM-Monitor."
            ),
        ),
        "partners": [("lead", "=VARIO")],
    },
    {
        "slug": ("jong-buitenlands-stem-talent-limburg", "young-foreign-stem-talent-limburg"),
        "title": (
            "Jong buitenlands STEM-talent voedt gevestigde Limburgse bedrijven",
            "Young foreign STEM talent for established Limburg companies",
        ),
        "country": ("België", "Belgium"),
        "regions": ["limburg"],
        "target_groups": ["volwassenen"],
        "education_levels": ["hoger-onderwijs"],
        "sectors": ["arbeidsmarkt-overheid", "robotica-industrie"],
        "status": "planned",
        "summary": (
            "Samenwerkingen met omliggende regio's en Afrikaanstalige landen om jong STEM-talent "
            "naar Limburgse bedrijven te halen.",
            "Partnerships with neighbouring regions and Afrikaans-speaking countries to bring "
            "young STEM talent to Limburg companies.",
        ),
        "abstract": (
            "Impact verhogen als internationaal geconnecteerde regio: jong talent maakt tijdens "
            "de opleiding kennis met de Limburgse bedrijfswereld via stages, kennistoerisme en "
            "inspiratiemissies.",
            "Raising impact as an internationally connected region: young talent meets Limburg "
            "companies during their studies through internships, knowledge tourism and "
            "inspiration missions.",
        ),
        "description": (
            _p(
                "Mentoringprogramma's of een onthaalbureau koppelen hoogopgeleide buitenlandse "
                "talenten aan een onderneming die hen uitdaagt met innovatieprojecten.",
                "Daarnaast worden Namibië, Zuid-Afrika, Botswana, Zambia en Zimbabwe benaderd. "
                "Een taalbad van drie maanden kan een jaarverlies voorkomen en voor een grotere "
                "instroom zorgen.",
            ),
            _p(
                "Mentoring programmes or a welcome office match highly qualified foreign talent "
                "with a company that challenges them with innovation projects.",
                "Namibia, South Africa, Botswana, Zambia and Zimbabwe are approached as well. A "
                "three-month Dutch language immersion can avoid losing a year and increase the "
                "intake.",
            ),
        ),
        "strategy": (
            _p(
                "Betere toegang tot kwaliteitsvol onderwijs in Afrika, mobiliteit van studenten "
                "en docenten tussen Belgische en Afrikaanse partners."
            ),
            _p(
                "Better access to quality education in Africa, and mobility of students and "
                "teachers between Belgian and African partners."
            ),
        ),
        "partners": [],
    },
    {
        "slug": ("stem-academies", "stem-academies"),
        "title": ("STEM-academies", "STEM academies"),
        "organisation": "stem-platform",
        "country": ("België", "Belgium"),
        "regions": ["vlaanderen"],
        "target_groups": ["kinderen-10-14", "secundaire-leerlingen"],
        "education_levels": ["basisonderwijs", "secundair-onderwijs"],
        "sectors": ["onderwijs", "robotica-industrie"],
        "status": "running",
        "summary": (
            "Buitenschoolse STEM-activiteiten voor kinderen en jongeren; een wegwijzer onder de "
            "#STEMhelden-video's.",
            "Out-of-school STEM activities for children and young people; a signpost under the "
            "#STEMhelden videos.",
        ),
        "partners": [],
    },
    {
        "slug": ("brightlab", "brightlab"),
        "title": ("Brightlab", "Brightlab"),
        "country": ("België", "Belgium"),
        "regions": ["vlaanderen"],
        "target_groups": ["secundaire-leerlingen", "leerkrachten"],
        "education_levels": ["secundair-onderwijs"],
        "sectors": ["onderwijs"],
        "status": "running",
        "website": "https://www.brightlab.be/",
        "summary": (
            "STEM-initiatief en partner van #STEMhelden dat de video's mee verspreidt.",
            "STEM initiative and #STEMhelden partner that helps spread the videos.",
        ),
        "partners": [("lead", "=Brightlab")],
    },
    {
        "slug": ("githo-nijlen-biotechnologie-chemie", "githo-nijlen-biotechnology-chemistry"),
        "title": (
            "Biotechnologische en chemische wetenschappen aan GITHO Nijlen",
            "Biotechnological and chemical sciences at GITHO Nijlen",
        ),
        "organisation": "githo-nijlen",
        "country": ("België", "Belgium"),
        "regions": ["antwerpen"],
        "target_groups": ["secundaire-leerlingen"],
        "education_levels": ["secundair-onderwijs"],
        "sectors": ["chemie-biotech", "materialen-recyclage"],
        "status": "planned",
        "summary": (
            "Nieuwe richtingen biotechnologische en chemische wetenschappen, opgezet in "
            "partnerschap met Umicore.",
            "New courses in biotechnological and chemical sciences, set up in partnership "
            "with Umicore.",
        ),
        "abstract": (
            "Umicore bouwt een intens partnerschap uit met technische secundaire scholen dat "
            "veel verder gaat dan stages. Aan GITHO Nijlen starten nieuwe richtingen die "
            "aansluiten bij de visie en de aanwervingsnoden van Umicore.",
            "Umicore is developing an intensive partnership with secondary technical schools "
            "that involves much more than internships. GITHO Nijlen starts new courses that fit "
            "Umicore's vision and recruitment needs.",
        ),
        "partners": [("lead", "githo-nijlen"), ("contributing", "umicore")],
    },
    {
        "slug": ("umicore-thomas-more-stem", "umicore-thomas-more-stem"),
        "title": (
            "Umicore en Thomas More: STEM-opleidingen met inhoud",
            "Umicore and Thomas More: giving substance to STEM courses",
        ),
        "organisation": "umicore",
        "country": ("België", "Belgium"),
        "regions": ["antwerpen"],
        "target_groups": ["volwassenen"],
        "education_levels": ["hoger-onderwijs"],
        "sectors": ["materialen-recyclage", "chemie-biotech"],
        "status": "running",
        "summary": (
            "Umicore gaf samen met hogeschool Thomas More inhoud aan haar STEM-opleidingen.",
            "Together with Thomas More university of applied sciences, Umicore gave substance "
            "to its STEM courses.",
        ),
        "partners": [("lead", "umicore"), ("contributing", "=Thomas More")],
    },
    {
        "slug": ("stem-op-school-vti-torhout", "stem-at-school-vti-torhout"),
        "title": ("STEM op school: VTI Torhout", "STEM at school: VTI Torhout"),
        "organisation": "vti-torhout",
        "country": ("België", "Belgium"),
        "regions": ["west-vlaanderen"],
        "target_groups": ["secundaire-leerlingen", "ouders"],
        "education_levels": ["secundair-onderwijs", "beroepsopleiding"],
        "sectors": ["onderwijs", "bouw"],
        "year_started": 2021,
        "status": "running",
        "summary": (
            "De eerste onderwijsinstelling in de #STEMhelden-reeks toont waarom STEM op school "
            "belangrijk is.",
            "The first school in the #STEMhelden series shows why STEM at school matters.",
        ),
        "partners": [("lead", "vti-torhout"), ("contributing", "vrt")],
    },
]


def load(context):
    ensure_all()
    index = context.sections["initiatives"]
    partners = {page.slug_nl: page for page in PartnerPage.objects.all()}
    vocab = {
        "regions": {term.slug: term for term in Region.objects.all()},
        "target_groups": {term.slug: term for term in TargetGroup.objects.all()},
        "education_levels": {term.slug: term for term in EducationLevel.objects.all()},
        "sectors": {term.slug: term for term in Sector.objects.all()},
    }
    pages = []
    for record in INITIATIVES:
        fields = {}
        for name in (field.name for field in initiative_texts()):
            if name in record:
                fields[name] = translated(*record[name])
        for name in vocab:
            fields[name] = [vocab[name][slug] for slug in record.get(name, [])]
        fields["status"] = record["status"]
        fields["year_started"] = record.get("year_started")
        fields["website"] = record.get("website", "")
        fields["organisation"] = partners.get(record.get("organisation"))
        fields["partners"] = [
            InitiativePartner(
                role=role,
                partner=None if ref.startswith("=") else partners[ref],
                name=ref[1:] if ref.startswith("=") else "",
                sort_order=order,
            )
            for order, (role, ref) in enumerate(record["partners"])
        ]
        page, created = add_child_page(
            index,
            _initiative_model(),
            translated(*record["slug"]),
            translated(*record["title"]),
            **fields,
        )
        pages.append(page)
        if created:
            context.count("initiatives")
    context.sections.setdefault("initiative_pages", pages)
    feature_pages(context, pages[:3])
    return pages


def _initiative_model():
    from .models import InitiativePage

    return InitiativePage
