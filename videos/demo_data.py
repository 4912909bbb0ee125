"""The #STEMhelden campaign's two series as demo content, drawn from the seed texts.

Topics come from the campaign texts; heroes are described by their role (no real names), and
companies that the texts do not name are clearly fictional demo companies.
"""

PROFILE_TYPES = [
    ("theoretisch", "Theoretisch opgeleid", "Theoretically trained"),
    ("praktisch", "Praktisch opgeleid", "Practically trained"),
]

# (slug, nl, en, description nl, description en)
EDUCATION_ROUTES = [
    (
        "doorstroom",
        "Secundair: doorstroomfinaliteit (vroeger vooral ASO)",
        "Secondary: transition to higher education (formerly mostly ASO)",
        "Bereidt voor op hoger onderwijs. ASO stond voor algemeen secundair onderwijs.",
        "Prepares for higher education. ASO was general secondary education.",
    ),
    (
        "dubbele-finaliteit",
        "Secundair: dubbele finaliteit (vroeger vooral TSO)",
        "Secondary: dual finality (formerly mostly TSO)",
        "Bereidt voor op werk én hoger onderwijs. TSO stond voor technisch secundair onderwijs.",
        "Prepares for work and for higher education. TSO was technical secondary education.",
    ),
    (
        "arbeidsmarkt",
        "Secundair: arbeidsmarktfinaliteit (vroeger vooral BSO)",
        "Secondary: labour-market finality (formerly mostly BSO)",
        "Bereidt voor op een beroep. BSO stond voor beroepssecundair onderwijs.",
        "Prepares for a trade or profession. BSO was vocational secondary education.",
    ),
    (
        "duaal-leren",
        "Duaal leren",
        "Dual learning",
        "Leren op school en op de werkvloer.",
        "Learning at school and in the workplace.",
    ),
    (
        "graduaat",
        "Graduaat (HBO5)",
        "Associate degree (HBO5)",
        "Praktijkgerichte opleiding van twee jaar.",
        "A two-year, hands-on programme.",
    ),
    (
        "professionele-bachelor",
        "Professionele bachelor",
        "Professional bachelor",
        "Hogeschoolopleiding van drie jaar.",
        "A three-year university-college degree.",
    ),
    (
        "master",
        "Master (universiteit)",
        "Master (university)",
        "Academische bachelor en master.",
        "Academic bachelor and master.",
    ),
]

# (slug, name nl, name en, url, audience, description nl, description en, colour)
SIGNPOSTS = [
    (
        "onderwijskiezer",
        "Onderwijskiezer",
        "Onderwijskiezer",
        "https://www.onderwijskiezer.be/",
        "parents",
        "Alle studierichtingen en scholen in Vlaanderen op een rij.",
        "Every study programme and school in Flanders in one place.",
        (0, 110, 160),
    ),
    (
        "beroepenhuis",
        "Beroepenhuis",
        "Beroepenhuis",
        "https://www.beroepenhuis.be/",
        "children",
        "Ontdek beroepen spelenderwijs, op bezoek of online.",
        "Discover jobs through play, on a visit or online.",
        (200, 80, 20),
    ),
    (
        "vdab",
        "VDAB",
        "VDAB",
        "https://www.vdab.be/",
        "everyone",
        "Beroepen, opleidingen en vacatures van de Vlaamse arbeidsbemiddelaar.",
        "Jobs, training and vacancies from the Flemish employment service.",
        (0, 90, 170),
    ),
    (
        "clb",
        "CLB",
        "CLB (pupil guidance centre)",
        "https://www.vlaanderen.be/clb",
        "parents",
        "Het centrum voor leerlingenbegeleiding helpt gratis bij je studiekeuze.",
        "The pupil guidance centre helps with study choices, free of charge.",
        (40, 120, 60),
    ),
    (
        "brightlab",
        "Brightlab",
        "Brightlab",
        "https://www.brightlab.be/",
        "teachers",
        "STEM-projecten en workshops voor scholen.",
        "STEM projects and workshops for schools.",
        (120, 40, 140),
    ),
    (
        "stem-academies",
        "STEM-academies",
        "STEM academies",
        "https://www.stem-academie.be/",
        "children",
        "Vrijetijdsactiviteiten rond STEM bij jou in de buurt.",
        "STEM activities in your free time, near you.",
        (180, 30, 80),
    ),
    (
        "technopolis",
        "Technopolis",
        "Technopolis",
        "https://www.technopolis.be/",
        "everyone",
        "Het doe-centrum voor wetenschap en technologie in Mechelen.",
        "The hands-on science and technology centre in Mechelen.",
        (230, 120, 0),
    ),
    (
        "stem-platform",
        "STEM-platform",
        "STEM-platform",
        "https://www.vlaanderen.be/stem",
        "teachers",
        "Het Vlaamse STEM-beleid, lesmateriaal en initiatieven.",
        "Flemish STEM policy, classroom material and initiatives.",
        (45, 42, 140),
    ),
]

# Fictional companies for videos whose company the seed texts do not name.
DEMO_COMPANIES = [
    ("demo-robotbrein", "Robotbrein nv (demo)", ["robotica-industrie", "ict-cyberveiligheid"]),
    ("demo-bouwdrone", "Bouwdrone bv (demo)", ["bouw"]),
    ("demo-cyberschild", "CyberSchild (demo)", ["ict-cyberveiligheid"]),
    ("demo-e-auto", "E-Auto Assemblage (demo)", ["automobiel", "energie"]),
    ("demo-zonnecel", "ZonneCel Vlaanderen (demo)", ["energie", "materialen-recyclage"]),
    ("demo-raamcirculair", "Raam & Deur Circulair (demo)", ["bouw", "materialen-recyclage"]),
    ("demo-plastiek", "Plastiek Opnieuw (demo)", ["materialen-recyclage", "chemie-biotech"]),
    ("demo-veilige-wagen", "Veilige Wagen Materialen (demo)", ["robotica-industrie"]),
    ("demo-bank", "Spaarbank Vlaanderen (demo)", ["financien-bank"]),
    ("demo-stroomnet", "Stroomnet (demo)", ["energie"]),
    ("demo-glasvezel", "Glasvezel & Co (demo)", ["ict-cyberveiligheid"]),
    ("demo-water", "Zuiver Water (demo)", ["chemie-biotech"]),
    ("demo-medilab", "Medilab (demo)", ["chemie-biotech", "gezondheid-noodhulp"]),
    ("demo-windzee", "Wind op Zee (demo)", ["energie"]),
    ("demo-voedsel", "Voedsel Veilig (demo)", ["chemie-biotech"]),
    ("demo-zorgtech", "Zorgtech (demo)", ["gezondheid-noodhulp", "ict-cyberveiligheid"]),
    ("demo-weerdata", "Weerdata (demo)", ["ict-cyberveiligheid"]),
]


def hero(name, job_title, route, studies, quote):
    """One hero: each argument except route is (nl, en)."""
    return {
        "name": name,
        "job_title": job_title,
        "route": route,
        "studies": studies,
        "quote": quote,
    }


# Series 2 (2021): 11 videos; series 1 (2020): 13 videos.
VIDEOS = [
    {
        "slug": "germanium-recycleren-in-olen",
        "slug_en": "recycling-germanium-in-olen",
        "title": ("Germanium recycleren in Olen", "Recycling germanium in Olen"),
        "intro": (
            "In Olen haalt Umicore het zeldzame metaal germanium uit oud materiaal, zodat het "
            "opnieuw in glasvezel en zonnecellen kan.",
            "In Olen, Umicore recovers the rare metal germanium from old material so it can go "
            "into optical fibre and solar cells again.",
        ),
        "year": 2021,
        "series": 2,
        "company": "umicore",
        "duration": 212,
        "sectors": ["materialen-recyclage", "chemie-biotech"],
        "signposts": ["onderwijskiezer", "stem-academies", "beroepenhuis"],
        "heroes": [
            hero(
                ("De procesingenieur", "The process engineer"),
                ("Procesingenieur recyclage", "Recycling process engineer"),
                "master",
                ("Master chemische ingenieurswetenschappen", "Master in chemical engineering"),
                (
                    "Ik zoek uit hoe we elk grammetje germanium terugwinnen.",
                    "I work out how to recover every last gram of germanium.",
                ),
            ),
            hero(
                ("De operator", "The operator"),
                ("Operator recyclage-installatie", "Recycling plant operator"),
                "dubbele-finaliteit",
                ("Chemie (dubbele finaliteit)", "Chemistry (dual finality)"),
                (
                    "Als er iets misloopt in de installatie, stuur ik bij.",
                    "When something goes wrong in the plant, I put it right.",
                ),
            ),
        ],
    },
    {
        "slug": "robots-een-brein-geven",
        "slug_en": "giving-robots-a-brain",
        "title": ("Robots een brein geven", "Giving robots a brain"),
        "intro": (
            "Een robot kan pas iets als iemand hem leert kijken en denken. Deze STEM-helden "
            "bouwen het brein van robots die in fabrieken samenwerken met mensen.",
            "A robot can only do something once someone teaches it to see and think. These STEM "
            "heroes build the brains of robots that work alongside people in factories.",
        ),
        "year": 2021,
        "series": 2,
        "company": "demo-robotbrein",
        "duration": 198,
        "sectors": ["robotica-industrie", "ict-cyberveiligheid"],
        "signposts": ["stem-academies", "onderwijskiezer", "vdab"],
        "heroes": [
            hero(
                ("De softwareontwikkelaar", "The software developer"),
                ("Ontwikkelaar robotsoftware", "Robot software developer"),
                "master",
                ("Master computerwetenschappen", "Master in computer science"),
                (
                    "Ik schrijf de code waarmee een robot ziet wat hij vastpakt.",
                    "I write the code that lets a robot see what it picks up.",
                ),
            ),
            hero(
                ("De robottechnicus", "The robot technician"),
                ("Technicus robotica", "Robotics technician"),
                "duaal-leren",
                ("Elektromechanica (duaal)", "Electromechanics (dual learning)"),
                (
                    "Ik zet de robot op de werkvloer en zorg dat hij blijft draaien.",
                    "I install the robot on the shop floor and keep it running.",
                ),
            ),
        ],
    },
    {
        "slug": "met-drones-een-werf-in-kaart-brengen",
        "slug_en": "mapping-a-building-site-with-drones",
        "title": ("Met drones een werf in kaart brengen", "Mapping a building site with drones"),
        "intro": (
            "Een drone vliegt over de bouwwerf en maakt in een kwartier een 3D-kaart. Zo weet "
            "iedereen op de werf precies wat waar moet komen.",
            "A drone flies over the building site and makes a 3D map in fifteen minutes, so "
            "everyone on site knows exactly what goes where.",
        ),
        "year": 2021,
        "series": 2,
        "company": "demo-bouwdrone",
        "duration": 187,
        "sectors": ["bouw"],
        "signposts": ["onderwijskiezer", "vdab", "beroepenhuis"],
        "heroes": [
            hero(
                ("De landmeter", "The surveyor"),
                ("Landmeter-expert", "Surveying specialist"),
                "professionele-bachelor",
                ("Bachelor vastgoed en landmeten", "Bachelor in real estate and surveying"),
                (
                    "Van duizenden foto's maak ik één kaart waarop je kunt rekenen.",
                    "I turn thousands of photos into one map you can rely on.",
                ),
            ),
            hero(
                ("De dronepiloot", "The drone pilot"),
                ("Dronepiloot en werfleider", "Drone pilot and site supervisor"),
                "dubbele-finaliteit",
                ("Bouwtechnieken", "Building techniques"),
                (
                    "Ik vlieg de drone en vertaal de kaart naar het werk op de werf.",
                    "I fly the drone and translate the map into work on site.",
                ),
            ),
        ],
    },
    {
        "slug": "zeemijnen-onschadelijk-maken",
        "slug_en": "clearing-sea-mines",
        "title": ("Zeemijnen onschadelijk maken", "Clearing sea mines"),
        "intro": (
            "Op de bodem van de Noordzee liggen nog mijnen uit de wereldoorlogen. De marine "
            "spoort ze op met sonar en onderwaterrobots en maakt ze veilig onschadelijk.",
            "Mines from the world wars still lie on the bottom of the North Sea. The navy finds "
            "them with sonar and underwater robots and makes them safe.",
        ),
        "year": 2021,
        "series": 2,
        "company": "defensie",
        "duration": 224,
        "sectors": ["defensie"],
        "signposts": ["vdab", "onderwijskiezer", "clb"],
        "heroes": [
            hero(
                ("De marineofficier", "The naval officer"),
                ("Officier mijnenbestrijding", "Mine countermeasures officer"),
                "master",
                (
                    "Master polytechniek (Koninklijke Militaire School)",
                    "Master in polytechnics (Royal Military Academy)",
                ),
                (
                    "Ik lees de sonarbeelden en beslis waar we gaan zoeken.",
                    "I read the sonar images and decide where we search.",
                ),
            ),
            hero(
                ("De onderwatertechnicus", "The underwater technician"),
                ("Technicus onderwaterrobots", "Underwater robot technician"),
                "graduaat",
                ("Graduaat elektromechanische systemen", "Associate degree in electromechanics"),
                (
                    "Ik onderhoud de robot die naar de mijn toe duikt.",
                    "I maintain the robot that dives down to the mine.",
                ),
            ),
        ],
    },
    {
        "slug": "cyberaanvallen-bestrijden",
        "slug_en": "fighting-cyber-attacks",
        "title": ("Cyberaanvallen bestrijden", "Fighting cyber attacks"),
        "intro": (
            "Elke dag proberen hackers binnen te dringen in computers van bedrijven en "
            "ziekenhuizen. Deze STEM-helden houden ze buiten.",
            "Every day, hackers try to break into the computers of companies and hospitals. "
            "These STEM heroes keep them out.",
        ),
        "year": 2021,
        "series": 2,
        "company": "demo-cyberschild",
        "duration": 176,
        "sectors": ["ict-cyberveiligheid"],
        "signposts": ["onderwijskiezer", "vdab", "brightlab"],
        "heroes": [
            hero(
                ("De securityanalist", "The security analyst"),
                ("Analist cyberveiligheid", "Cyber security analyst"),
                "master",
                (
                    "Master ingenieurswetenschappen computerwetenschappen",
                    "Master in computer science engineering",
                ),
                (
                    "Ik speur naar het ene vreemde signaal tussen miljoenen gewone.",
                    "I look for the one odd signal among millions of normal ones.",
                ),
            ),
            hero(
                ("De netwerktechnicus", "The network technician"),
                ("Technicus netwerken", "Network technician"),
                "graduaat",
                ("Graduaat internet of things", "Associate degree in internet of things"),
                (
                    "Ik sluit de deur die de hacker probeerde te openen.",
                    "I close the door the hacker tried to open.",
                ),
            ),
        ],
    },
    {
        "slug": "batterijen-voor-elektrische-autos",
        "slug_en": "batteries-for-electric-cars",
        "title": ("Batterijen voor elektrische auto's", "Batteries for electric cars"),
        "intro": (
            "Het hart van een elektrische auto is zijn batterij. Hier worden ze gemonteerd en "
            "getest, zodat ze veilig en lang meegaan.",
            "The heart of an electric car is its battery. Here they are assembled and tested so "
            "they are safe and last a long time.",
        ),
        "year": 2021,
        "series": 2,
        "company": "demo-e-auto",
        "duration": 205,
        "sectors": ["automobiel", "energie"],
        "signposts": ["beroepenhuis", "vdab", "stem-academies"],
        "heroes": [
            hero(
                ("De kwaliteitsingenieur", "The quality engineer"),
                ("Kwaliteitsingenieur batterijen", "Battery quality engineer"),
                "master",
                (
                    "Master industriële wetenschappen elektromechanica",
                    "Master in industrial engineering, electromechanics",
                ),
                (
                    "Ik test of elke batterij doet wat ze belooft.",
                    "I test that every battery does what it promises.",
                ),
            ),
            hero(
                ("De productietechnicus", "The production technician"),
                ("Productietechnicus batterijmontage", "Battery assembly technician"),
                "arbeidsmarkt",
                ("Elektrische installaties", "Electrical installations"),
                (
                    "Met mijn team monteren we elke dag honderden batterijen.",
                    "My team and I assemble hundreds of batteries every day.",
                ),
            ),
        ],
    },
    {
        "slug": "zonnecellen-maken",
        "slug_en": "making-solar-cells",
        "title": ("Zonnecellen maken", "Making solar cells"),
        "intro": (
            "Hoe haal je meer stroom uit hetzelfde zonlicht? In het labo en in de productiehal "
            "werken deze helden aan betere zonnecellen.",
            "How do you get more electricity from the same sunlight? In the lab and the "
            "production hall, these heroes work on better solar cells.",
        ),
        "year": 2021,
        "series": 2,
        "company": "demo-zonnecel",
        "duration": 193,
        "sectors": ["energie", "materialen-recyclage"],
        "signposts": ["technopolis", "onderwijskiezer", "stem-academies"],
        "heroes": [
            hero(
                ("De materiaalonderzoeker", "The materials researcher"),
                ("Onderzoeker zonnecellen", "Solar cell researcher"),
                "master",
                ("Master fysica", "Master in physics"),
                (
                    "Ik test nieuwe lagen die meer licht opvangen.",
                    "I test new layers that catch more light.",
                ),
            ),
            hero(
                ("De procesoperator", "The process operator"),
                ("Procesoperator cleanroom", "Cleanroom process operator"),
                "dubbele-finaliteit",
                ("Industriële wetenschappen", "Industrial sciences"),
                (
                    "In de cleanroom mag geen stofje op de cel komen.",
                    "In the cleanroom, not a speck of dust may land on a cell.",
                ),
            ),
        ],
    },
    {
        "slug": "ramen-en-deuren-uit-gerecycleerd-materiaal",
        "slug_en": "windows-and-doors-from-recycled-material",
        "title": (
            "Ramen en deuren uit gerecycleerd materiaal",
            "Windows and doors from recycled material",
        ),
        "intro": (
            "Oude ramen worden niet weggegooid: het pvc en aluminium krijgen een tweede leven in "
            "nieuwe ramen en deuren.",
            "Old windows are not thrown away: their PVC and aluminium get a second life in new "
            "windows and doors.",
        ),
        "year": 2021,
        "series": 2,
        "company": "demo-raamcirculair",
        "duration": 181,
        "sectors": ["bouw", "materialen-recyclage"],
        "signposts": ["vdab", "beroepenhuis", "onderwijskiezer"],
        "heroes": [
            hero(
                ("De productontwikkelaar", "The product developer"),
                ("Productontwikkelaar", "Product developer"),
                "professionele-bachelor",
                (
                    "Bachelor ontwerp- en productietechnologie",
                    "Bachelor in design and production technology",
                ),
                (
                    "Ik ontwerp profielen die je na dertig jaar opnieuw kunt recycleren.",
                    "I design profiles you can recycle again after thirty years.",
                ),
            ),
            hero(
                ("De machineoperator", "The machine operator"),
                ("Operator extrusielijn", "Extrusion line operator"),
                "arbeidsmarkt",
                ("Hout- en kunststofbewerking", "Wood and plastics processing"),
                (
                    "Ik stel de machine zo in dat elk profiel kaarsrecht is.",
                    "I set up the machine so every profile comes out dead straight.",
                ),
            ),
        ],
    },
    {
        "slug": "stem-bij-het-rode-kruis",
        "slug_en": "stem-at-the-red-cross",
        "title": (
            "STEM achter de schermen bij het Rode Kruis",
            "STEM behind the scenes at the Red Cross",
        ),
        "intro": (
            "Elk zakje bloed dat een patiënt krijgt, is getest en veilig bewaard. Bij het Rode "
            "Kruis zorgen STEM-helden daarvoor.",
            "Every bag of blood a patient receives has been tested and stored safely. At the Red "
            "Cross, STEM heroes make sure of it.",
        ),
        "year": 2021,
        "series": 2,
        "company": "rode-kruis",
        "duration": 201,
        "sectors": ["gezondheid-noodhulp", "chemie-biotech"],
        "signposts": ["onderwijskiezer", "clb", "beroepenhuis"],
        "heroes": [
            hero(
                ("De bio-ingenieur", "The bioscience engineer"),
                ("Bio-ingenieur bloedlabo", "Blood lab bioscience engineer"),
                "master",
                ("Master bio-ingenieurswetenschappen", "Master in bioscience engineering"),
                (
                    "Ik zorg dat de tests op bloed betrouwbaar zijn.",
                    "I make sure the blood tests are reliable.",
                ),
            ),
            hero(
                ("De laborant", "The lab technician"),
                ("Laboratoriumtechnicus", "Laboratory technician"),
                "dubbele-finaliteit",
                ("Biotechnologische wetenschappen", "Biotechnological sciences"),
                (
                    "Ik verwerk elke dag honderden stalen, zorgvuldig en snel.",
                    "Every day I process hundreds of samples, carefully and fast.",
                ),
            ),
        ],
    },
    {
        "slug": "stem-op-school-vti-torhout",
        "slug_en": "stem-at-school-vti-torhout",
        "title": ("Waarom STEM op school belangrijk is", "Why STEM at school matters"),
        "intro": (
            "Voor het eerst trekken de kindreporters naar een school: in VTI Torhout bouwen "
            "leerlingen aan echte projecten met echte machines.",
            "For the first time the child reporters visit a school: at VTI Torhout, pupils work "
            "on real projects with real machines.",
        ),
        "year": 2021,
        "series": 2,
        "company": "vti-torhout",
        "duration": 189,
        "sectors": ["onderwijs"],
        "signposts": ["onderwijskiezer", "clb", "stem-platform"],
        "heroes": [
            hero(
                ("De STEM-coördinator", "The STEM coordinator"),
                ("STEM-coördinator en leerkracht", "STEM coordinator and teacher"),
                "master",
                ("Master industriële wetenschappen", "Master in industrial engineering"),
                (
                    "Ik laat leerlingen ontdekken dat wiskunde iets bouwt.",
                    "I let pupils discover that maths builds things.",
                ),
            ),
            hero(
                ("De praktijkleraar", "The workshop teacher"),
                ("Praktijkleraar elektromechanica", "Electromechanics workshop teacher"),
                "dubbele-finaliteit",
                ("Elektromechanische technieken", "Electromechanical techniques"),
                (
                    "In mijn atelier mag je fouten maken, zo leer je het best.",
                    "In my workshop you may make mistakes; that is how you learn best.",
                ),
            ),
        ],
    },
    {
        "slug": "techniek-achter-het-journaal",
        "slug_en": "technology-behind-the-news",
        "title": ("De techniek achter het tv-journaal", "The technology behind the TV news"),
        "intro": (
            "Voor het journaal live gaat, moeten camera's, servers en verbindingen perfect "
            "samenwerken. Bij de VRT zorgen STEM-helden daarvoor.",
            "Before the news goes live, cameras, servers and connections must work together "
            "perfectly. At VRT, STEM heroes make that happen.",
        ),
        "year": 2021,
        "series": 2,
        "company": "vrt",
        "duration": 178,
        "sectors": ["media", "ict-cyberveiligheid"],
        "signposts": ["beroepenhuis", "onderwijskiezer", "vdab"],
        "heroes": [
            hero(
                ("De broadcast-ingenieur", "The broadcast engineer"),
                ("Broadcast-ingenieur", "Broadcast engineer"),
                "master",
                (
                    "Master ingenieurswetenschappen elektrotechniek",
                    "Master in electrical engineering",
                ),
                (
                    "Ik ontwerp hoe beeld en geluid van de studio naar je scherm gaan.",
                    "I design how picture and sound travel from the studio to your screen.",
                ),
            ),
            hero(
                ("De cameratechnicus", "The camera technician"),
                ("Technicus camera en licht", "Camera and lighting technician"),
                "arbeidsmarkt",
                ("Audiovisuele technieken", "Audiovisual techniques"),
                (
                    "Als de rode lamp aangaat, moet alles kloppen.",
                    "When the red light goes on, everything has to be right.",
                ),
            ),
        ],
    },
    # Series 1 (2020)
    {
        "slug": "nieuw-leven-voor-plastic",
        "slug_en": "a-new-life-for-plastic",
        "title": ("Nieuw leven voor plastic", "A new life for plastic"),
        "intro": (
            "Van een gebruikte fles naar een nieuwe verpakking: deze helden zorgen dat plastic "
            "niet in de natuur belandt maar opnieuw gebruikt wordt.",
            "From a used bottle to new packaging: these heroes make sure plastic ends up reused, "
            "not in nature.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-plastiek",
        "duration": 184,
        "sectors": ["materialen-recyclage", "chemie-biotech"],
        "signposts": ["onderwijskiezer", "beroepenhuis", "technopolis"],
        "heroes": [
            hero(
                ("De chemicus", "The chemist"),
                ("Chemicus kunststoffen", "Plastics chemist"),
                "master",
                ("Master chemie", "Master in chemistry"),
                (
                    "Ik zoek hoe gerecycleerd plastic even sterk wordt als nieuw.",
                    "I find out how recycled plastic can be as strong as new.",
                ),
            ),
            hero(
                ("De sorteertechnicus", "The sorting technician"),
                ("Technicus sorteerlijn", "Sorting line technician"),
                "arbeidsmarkt",
                ("Industriële ICT", "Industrial ICT"),
                (
                    "Mijn camera's herkennen elk soort plastic op de band.",
                    "My cameras recognise every kind of plastic on the belt.",
                ),
            ),
        ],
    },
    {
        "slug": "veiligere-en-groenere-autos",
        "slug_en": "safer-greener-cars",
        "title": ("Veiligere en groenere auto's", "Safer, greener cars"),
        "intro": (
            "Lichtere materialen maken een auto zuiniger, sterkere maken hem veiliger. Deze "
            "helden doen allebei tegelijk.",
            "Lighter materials make a car use less energy; stronger ones make it safer. These "
            "heroes do both at once.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-veilige-wagen",
        "duration": 196,
        "sectors": ["robotica-industrie", "materialen-recyclage"],
        "signposts": ["stem-academies", "onderwijskiezer", "vdab"],
        "heroes": [
            hero(
                ("De materiaalingenieur", "The materials engineer"),
                ("Materiaalingenieur", "Materials engineer"),
                "master",
                ("Master materiaalkunde", "Master in materials engineering"),
                (
                    "Ik bereken hoe een onderdeel een botsing opvangt.",
                    "I calculate how a part absorbs a crash.",
                ),
            ),
            hero(
                ("De testtechnicus", "The test technician"),
                ("Technicus crashtests", "Crash test technician"),
                "graduaat",
                (
                    "Graduaat elektromechanische systemen",
                    "Associate degree in electromechanical systems",
                ),
                (
                    "Ik bouw de proef op en kijk of de berekening klopt.",
                    "I set up the test and check whether the calculation holds.",
                ),
            ),
        ],
    },
    {
        "slug": "je-geld-veilig-op-de-bank",
        "slug_en": "keeping-your-money-safe",
        "title": ("Je geld veilig op de bank", "Keeping your money safe at the bank"),
        "intro": (
            "Betalen met je gsm moet snel gaan én veilig zijn. Achter elke betaling zitten "
            "STEM-helden die fraude tegenhouden.",
            "Paying with your phone has to be fast and safe. Behind every payment are STEM heroes "
            "who stop fraud.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-bank",
        "duration": 172,
        "sectors": ["financien-bank", "ict-cyberveiligheid"],
        "signposts": ["onderwijskiezer", "vdab", "clb"],
        "heroes": [
            hero(
                ("De datawetenschapper", "The data scientist"),
                ("Datawetenschapper fraudedetectie", "Fraud detection data scientist"),
                "master",
                ("Master wiskunde", "Master in mathematics"),
                (
                    "Mijn model ziet een vreemde betaling voor jij het merkt.",
                    "My model spots a strange payment before you notice it.",
                ),
            ),
            hero(
                ("De applicatiebeheerder", "The application manager"),
                ("Beheerder betaalsystemen", "Payment systems administrator"),
                "graduaat",
                ("Graduaat programmeren", "Associate degree in programming"),
                (
                    "Ik zorg dat de betaalapp dag en nacht werkt.",
                    "I keep the payment app running day and night.",
                ),
            ),
        ],
    },
    {
        "slug": "makkelijk-de-juiste-vacature-vinden",
        "slug_en": "finding-the-right-vacancy",
        "title": ("Makkelijk de juiste vacature vinden", "Finding the right job vacancy easily"),
        "intro": (
            "Duizenden vacatures, één zoekvak. Bij VDAB bouwen STEM-helden de technologie die "
            "mensen en jobs bij elkaar brengt.",
            "Thousands of vacancies, one search box. At VDAB, STEM heroes build the technology "
            "that brings people and jobs together.",
        ),
        "year": 2020,
        "series": 1,
        "company": "vdab",
        "duration": 169,
        "sectors": ["arbeidsmarkt-overheid", "ict-cyberveiligheid"],
        "signposts": ["vdab", "onderwijskiezer", "beroepenhuis"],
        "heroes": [
            hero(
                ("De data-analist", "The data analyst"),
                ("Data-analist arbeidsmarkt", "Labour market data analyst"),
                "master",
                ("Master handelsingenieur", "Master in business engineering"),
                (
                    "Ik leer de computer welke job bij welke persoon past.",
                    "I teach the computer which job suits which person.",
                ),
            ),
            hero(
                ("De webontwikkelaar", "The web developer"),
                ("Webontwikkelaar", "Web developer"),
                "professionele-bachelor",
                ("Bachelor toegepaste informatica", "Bachelor in applied computer science"),
                (
                    "Ik maak de website zo dat iedereen hem kan gebruiken.",
                    "I build the website so that everyone can use it.",
                ),
            ),
        ],
    },
    {
        "slug": "stroom-die-altijd-aan-blijft",
        "slug_en": "keeping-the-power-on",
        "title": ("Stroom die altijd aan blijft", "Keeping the power on"),
        "intro": (
            "Ook tijdens de coronacrisis bleef het licht branden. Deze helden houden het "
            "elektriciteitsnet in evenwicht, dag en nacht.",
            "Even during the corona crisis, the lights stayed on. These heroes keep the power "
            "grid in balance, day and night.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-stroomnet",
        "duration": 190,
        "sectors": ["energie"],
        "signposts": ["vdab", "onderwijskiezer", "technopolis"],
        "heroes": [
            hero(
                ("De netingenieur", "The grid engineer"),
                ("Ingenieur elektriciteitsnet", "Power grid engineer"),
                "master",
                ("Master elektrotechniek", "Master in electrical engineering"),
                (
                    "Ik plan hoe zonne- en windstroom veilig op het net komen.",
                    "I plan how solar and wind power join the grid safely.",
                ),
            ),
            hero(
                ("De elektrotechnicus", "The electrical technician"),
                ("Technicus hoogspanning", "High-voltage technician"),
                "duaal-leren",
                ("Elektrotechnieken (duaal)", "Electrical techniques (dual learning)"),
                (
                    "Bij een storing sta ik als eerste aan de cabine.",
                    "When there is a fault, I am first at the substation.",
                ),
            ),
        ],
    },
    {
        "slug": "internet-dat-nooit-stilvalt",
        "slug_en": "internet-that-never-stops",
        "title": ("Internet dat nooit stilvalt", "Internet that never stops"),
        "intro": (
            "Thuis leren, thuis werken, videobellen met oma: het internet moest het allemaal "
            "aankunnen. Deze helden leggen en bewaken de glasvezel.",
            "Learning from home, working from home, video calls with grandma: the internet had to "
            "cope with it all. These heroes lay and watch over the fibre.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-glasvezel",
        "duration": 181,
        "sectors": ["ict-cyberveiligheid"],
        "signposts": ["beroepenhuis", "vdab", "stem-academies"],
        "heroes": [
            hero(
                ("De netwerkarchitect", "The network architect"),
                ("Netwerkarchitect", "Network architect"),
                "master",
                ("Master ingenieurswetenschappen", "Master in engineering"),
                (
                    "Ik teken het netwerk zodat er altijd een tweede weg is.",
                    "I design the network so there is always a second route.",
                ),
            ),
            hero(
                ("De glasvezeltechnicus", "The fibre technician"),
                ("Glasvezeltechnicus", "Fibre optic technician"),
                "arbeidsmarkt",
                ("Elektrische installaties", "Electrical installations"),
                (
                    "Ik las vezels dunner dan een haar aan elkaar.",
                    "I splice together fibres thinner than a hair.",
                ),
            ),
        ],
    },
    {
        "slug": "zuiver-drinkwater",
        "slug_en": "clean-drinking-water",
        "title": ("Zuiver drinkwater uit de kraan", "Clean drinking water from the tap"),
        "intro": (
            "Water uit de kraan lijkt vanzelfsprekend. Deze helden testen en zuiveren het, elke "
            "dag opnieuw.",
            "Tap water seems to go without saying. These heroes test and treat it, every single "
            "day.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-water",
        "duration": 175,
        "sectors": ["chemie-biotech", "gezondheid-noodhulp"],
        "signposts": ["onderwijskiezer", "beroepenhuis", "clb"],
        "heroes": [
            hero(
                ("De waterchemicus", "The water chemist"),
                ("Chemicus waterkwaliteit", "Water quality chemist"),
                "master",
                (
                    "Master bio-ingenieur milieutechnologie",
                    "Master in environmental bioscience engineering",
                ),
                (
                    "Ik bepaal welke zuivering het water nodig heeft.",
                    "I decide which treatment the water needs.",
                ),
            ),
            hero(
                ("De procestechnicus", "The process technician"),
                ("Procestechnicus waterzuivering", "Water treatment technician"),
                "dubbele-finaliteit",
                ("Chemie", "Chemistry"),
                (
                    "Ik stuur de installatie zodat het water altijd zuiver blijft.",
                    "I run the plant so the water always stays clean.",
                ),
            ),
        ],
    },
    {
        "slug": "nieuwe-medicijnen-maken",
        "slug_en": "making-new-medicines",
        "title": ("Nieuwe medicijnen maken", "Making new medicines"),
        "intro": (
            "Van een idee in het labo tot een pil in de apotheek duurt jaren. Deze helden werken "
            "aan elke stap.",
            "From an idea in the lab to a pill at the pharmacy takes years. These heroes work on "
            "every step.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-medilab",
        "duration": 207,
        "sectors": ["chemie-biotech", "gezondheid-noodhulp"],
        "signposts": ["onderwijskiezer", "stem-academies", "technopolis"],
        "heroes": [
            hero(
                ("De onderzoeker", "The researcher"),
                ("Onderzoeker geneesmiddelen", "Drug researcher"),
                "master",
                ("Master biomedische wetenschappen", "Master in biomedical sciences"),
                (
                    "Ik test duizenden moleculen om er één goede te vinden.",
                    "I test thousands of molecules to find one good one.",
                ),
            ),
            hero(
                ("De productieoperator", "The production operator"),
                ("Operator farmaceutische productie", "Pharmaceutical production operator"),
                "duaal-leren",
                ("Biotechnieken (duaal)", "Biotechnology (dual learning)"),
                (
                    "Ik maak het medicijn, steriel en precies volgens het recept.",
                    "I make the medicine, sterile and exactly to the recipe.",
                ),
            ),
        ],
    },
    {
        "slug": "windmolens-op-zee",
        "slug_en": "wind-turbines-at-sea",
        "title": ("Windmolens op zee", "Wind turbines at sea"),
        "intro": (
            "Ver voor de kust draaien windmolens zo hoog als een toren. Deze helden ontwerpen en "
            "onderhouden ze, ook als het stormt.",
            "Far off the coast, wind turbines as tall as a tower keep turning. These heroes design "
            "and maintain them, even in a storm.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-windzee",
        "duration": 199,
        "sectors": ["energie"],
        "signposts": ["vdab", "stem-academies", "onderwijskiezer"],
        "heroes": [
            hero(
                ("De ontwerpingenieur", "The design engineer"),
                ("Ingenieur windturbines", "Wind turbine engineer"),
                "master",
                ("Master werktuigkunde", "Master in mechanical engineering"),
                (
                    "Ik reken uit hoe een wiek een storm overleeft.",
                    "I calculate how a blade survives a storm.",
                ),
            ),
            hero(
                ("De onderhoudstechnicus", "The maintenance technician"),
                ("Onderhoudstechnicus offshore", "Offshore maintenance technician"),
                "graduaat",
                ("Graduaat elektromechanica", "Associate degree in electromechanics"),
                (
                    "Ik klim honderd meter hoog om de turbine te herstellen.",
                    "I climb a hundred metres up to repair the turbine.",
                ),
            ),
        ],
    },
    {
        "slug": "een-fabriek-met-cobots",
        "slug_en": "a-factory-with-cobots",
        "title": ("Een fabriek met cobots", "A factory with cobots"),
        "intro": (
            "Cobots zijn robots die naast mensen werken. Ze nemen het zware werk over, de mensen "
            "het slimme.",
            "Cobots are robots that work next to people. They take over the heavy work; people do "
            "the clever part.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-robotbrein",
        "duration": 171,
        "sectors": ["robotica-industrie"],
        "signposts": ["brightlab", "vdab", "beroepenhuis"],
        "heroes": [
            hero(
                ("De automatiseringsingenieur", "The automation engineer"),
                ("Automatiseringsingenieur", "Automation engineer"),
                "master",
                (
                    "Master industriële wetenschappen automatisering",
                    "Master in industrial engineering, automation",
                ),
                (
                    "Ik bedenk welke taak de cobot overneemt.",
                    "I decide which task the cobot takes over.",
                ),
            ),
            hero(
                ("De operator", "The operator"),
                ("Operator productielijn", "Production line operator"),
                "arbeidsmarkt",
                ("Mechanische vormgevingstechnieken", "Mechanical techniques"),
                (
                    "Samen met de cobot haal ik mijn doel, zonder rugpijn.",
                    "Together with the cobot I hit my target, without back pain.",
                ),
            ),
        ],
    },
    {
        "slug": "veilig-voedsel-op-je-bord",
        "slug_en": "safe-food-on-your-plate",
        "title": ("Veilig voedsel op je bord", "Safe food on your plate"),
        "intro": (
            "Voor je boterham in de winkel ligt, is hij al vaak gecontroleerd. Deze helden "
            "zorgen dat ons eten veilig en lekker blijft.",
            "Before your bread reaches the shop, it has been checked many times. These heroes "
            "keep our food safe and tasty.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-voedsel",
        "duration": 166,
        "sectors": ["chemie-biotech"],
        "signposts": ["onderwijskiezer", "clb", "technopolis"],
        "heroes": [
            hero(
                ("De voedingstechnoloog", "The food technologist"),
                ("Voedingstechnoloog", "Food technologist"),
                "professionele-bachelor",
                ("Bachelor agro- en biotechnologie", "Bachelor in agro- and biotechnology"),
                (
                    "Ik ontwikkel recepten die langer vers blijven.",
                    "I develop recipes that stay fresh for longer.",
                ),
            ),
            hero(
                ("De kwaliteitscontroleur", "The quality inspector"),
                ("Kwaliteitscontroleur", "Quality inspector"),
                "dubbele-finaliteit",
                ("Biotechnologische wetenschappen", "Biotechnological sciences"),
                (
                    "Ik neem stalen en controleer of alles in orde is.",
                    "I take samples and check that everything is in order.",
                ),
            ),
        ],
    },
    {
        "slug": "slimme-technologie-in-het-ziekenhuis",
        "slug_en": "smart-technology-in-hospital",
        "title": ("Slimme technologie in het ziekenhuis", "Smart technology in the hospital"),
        "intro": (
            "Scanners, monitors en software helpen artsen sneller de juiste zorg te geven. "
            "Deze helden houden die technologie draaiende.",
            "Scanners, monitors and software help doctors give the right care faster. These "
            "heroes keep that technology running.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-zorgtech",
        "duration": 188,
        "sectors": ["gezondheid-noodhulp", "ict-cyberveiligheid"],
        "signposts": ["onderwijskiezer", "beroepenhuis", "clb"],
        "heroes": [
            hero(
                ("De klinisch ingenieur", "The clinical engineer"),
                ("Klinisch ingenieur", "Clinical engineer"),
                "master",
                ("Master biomedische ingenieurstechnieken", "Master in biomedical engineering"),
                (
                    "Ik kies en test de toestellen die patiënten helpen.",
                    "I choose and test the devices that help patients.",
                ),
            ),
            hero(
                ("De medisch-technisch assistent", "The medical equipment technician"),
                ("Technicus medische apparatuur", "Medical equipment technician"),
                "graduaat",
                (
                    "Graduaat elektromechanische systemen",
                    "Associate degree in electromechanical systems",
                ),
                (
                    "Als een scanner hapert, sta ik er binnen het uur.",
                    "If a scanner falters, I am there within the hour.",
                ),
            ),
        ],
    },
    {
        "slug": "het-weer-voorspellen",
        "slug_en": "forecasting-the-weather",
        "title": (
            "Het weer voorspellen met supercomputers",
            "Forecasting the weather with supercomputers",
        ),
        "intro": (
            "Gaat het morgen regenen of stormen? Supercomputers rekenen het uit, met gegevens "
            "van satellieten en weerstations.",
            "Will it rain or storm tomorrow? Supercomputers work it out, with data from "
            "satellites and weather stations.",
        ),
        "year": 2020,
        "series": 1,
        "company": "demo-weerdata",
        "duration": 179,
        "sectors": ["ict-cyberveiligheid"],
        "signposts": ["technopolis", "stem-academies", "onderwijskiezer"],
        "heroes": [
            hero(
                ("De meteoroloog", "The meteorologist"),
                ("Meteoroloog", "Meteorologist"),
                "master",
                ("Master fysica en sterrenkunde", "Master in physics and astronomy"),
                (
                    "Ik vertaal miljoenen cijfers naar één weerbericht.",
                    "I turn millions of numbers into one weather forecast.",
                ),
            ),
            hero(
                ("De systeembeheerder", "The systems administrator"),
                ("Beheerder supercomputer", "Supercomputer administrator"),
                "professionele-bachelor",
                ("Bachelor elektronica-ICT", "Bachelor in electronics and ICT"),
                (
                    "Ik zorg dat de supercomputer nooit stilvalt.",
                    "I make sure the supercomputer never stops.",
                ),
            ),
        ],
    },
]
