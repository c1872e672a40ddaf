# Source of articles.jsonl (kept so the texts stay readable); run: python3 articles.src.py > articles.jsonl
import json
A = []
def art(i, when, source, title, body):
    A.append({"id": "para-%03d" % i, "source": source, "url": "https://example.com/para/%03d" % i,
              "publishedAt": when, "language": "en", "title": title, "body": body})

art(0, "2017-09-26T10:00:00Z", "Home Appliance Times",
 "Dyson confirms it is building a battery-electric car",
 "Dyson is working on a battery-electric car that it plans to put on the road by 2020, founder James Dyson told staff on Tuesday, confirming months of rumours about the British appliance maker's ambitions.\n\n"
 "The firm will spend about 2 billion pounds on the programme, split between the vehicle and its batteries, and has already assembled a team of more than 400 engineers in Wiltshire. Dyson gave no details of the design or the price.\n\n"
 "Read also: Vacuum makers bet on cordless models as sales of bagged machines fade\n\n"
 "James Dyson said the company had started work on the project two years ago and that solid-state battery cells developed in-house would give it an edge over established carmakers.\n\n"
 "Share this article")

art(1, "2019-10-10T17:00:00Z", "Home Appliance Times",
 "Dyson abandons its electric car after failing to make it pay",
 "Dyson has scrapped its electric car, the British company said on Thursday, concluding that the vehicle its engineers had developed could not be made commercially viable.\n\n"
 "Founder James Dyson told employees in an email that the firm had tried hard but could not find a buyer for the project. The car team of about 500 people will be offered other roles inside the group where possible.\n\n"
 "The company had planned to assemble the vehicle at a new plant in Singapore from 2021. It will keep developing solid-state batteries for its vacuum cleaners and other appliances.\n\n"
 "Related: Why household names keep flirting with the car business")

art(2, "2020-09-09T16:00:00Z", "West Coast Auto Journal",
 "Lucid opens reservations for its Air luxury sedan",
 "Lucid Motors took the wraps off the production version of its Air electric sedan on Wednesday and began accepting refundable reservations, with the first cars due at customers in the spring.\n\n"
 "The Newark, California-based startup said the top version of the Air would cover more than 500 miles on a charge, further than any rival. Prices start at about $80,000 before tax credits.\n\n"
 "Lucid, which is funded largely by Saudi Arabia's sovereign wealth fund, is finishing a factory in Casa Grande, Arizona, where production is scheduled to begin later this year. Chief executive Peter Rawlinson previously worked as a chief engineer in Britain's car industry.\n\n"
 "Subscribe to our daily briefing")

art(3, "2021-10-30T09:00:00Z", "West Coast Auto Journal",
 "Lucid hands over first Air sedans to buyers",
 "Lucid Group handed the first Air Dream Edition sedans to customers at its California headquarters on Saturday, becoming the latest electric-car maker to start deliveries in the United States.\n\n"
 "The company said it held more than 13,000 paid reservations and expected to ramp up output at its Arizona plant over the coming months. Its shares rose 4 percent on the news.\n\n"
 "Lucid is betting that long range and a spacious cabin will lure buyers away from premium petrol sedans and from established electric models.")

art(4, "2019-01-20T03:00:00Z", "Nippon Industry Daily",
 "Toyota and Panasonic to create a joint battery company",
 "Toyota Motor and Panasonic will set up a joint venture next year to develop and make prismatic batteries for electric vehicles, the two Japanese groups said on Sunday.\n\n"
 "Toyota will own 51 percent of the new company and Panasonic the rest, and Panasonic will transfer most of its prismatic cell production lines to the venture. Its batteries will also be offered to other carmakers.\n\n"
 "Toyota, the world's biggest seller of hybrid cars, already sells the Prius Prime plug-in hybrid and plans to offer more than ten battery-electric models by the early 2020s.")

art(5, "2020-02-04T06:30:00Z", "Battery Business Weekly",
 "CATL signs two-year battery supply deal with Tesla",
 "Contemporary Amperex Technology Co Ltd (CATL) has agreed to supply lithium-ion battery cells to Tesla for two years, starting in July, the Chinese battery maker said in a stock exchange filing on Tuesday.\n\n"
 "The cells are expected to go into Model 3 sedans assembled at Tesla's new factory in Shanghai, which started deliveries to local buyers in late December. CATL did not disclose the value or the volume of the agreement.\n\n"
 "Tesla already buys cells from Panasonic, and analysts said adding a third source would help the U.S. carmaker lower costs in China.")

art(6, "2021-06-22T08:00:00Z", "Shenzhen Business Post",
 "Oppo said to be preparing to make its own electric cars",
 "Chinese smartphone maker Oppo is laying the groundwork to build its own electric vehicles and has begun recruiting engineers for a car team, two people with knowledge of the plans said.\n\n"
 "The company could unveil its first model as early as 2024, one of the people said, although the timing was not final. Oppo did not respond to a request for comment.\n\n"
 "If it goes ahead, Oppo would follow a string of Chinese technology groups into the industry. The handset maker sold about 30 million phones in the first quarter of the year.\n\n"
 "Leave a comment")

art(7, "2021-03-05T11:00:00Z", "Seoul Market News",
 "Samsung says it has no plans to make cars",
 "Samsung Electronics on Friday denied a newspaper report that it was developing an electric car with an overseas partner, saying it had no plans to enter the automobile manufacturing business.\n\n"
 "The world's largest memory-chip maker said it would keep focusing on components such as image sensors, displays and processors for vehicles, which it sells to several automakers.\n\n"
 "Samsung's shares were little changed. The group briefly made cars in the late 1990s before selling the business during the Asian financial crisis.")

art(8, "2021-08-18T04:00:00Z", "Hanoi Business Review",
 "VinFast puts its first electric SUVs on the road for testing",
 "Vietnamese carmaker VinFast has started road tests of its first battery-electric sport-utility vehicles in Vietnam, ahead of a planned launch in the United States and Europe next year.\n\n"
 "VinFast, the automotive arm of Vingroup, the country's largest conglomerate, said test cars of the VF e35 and VF e36 would cover some 20,000 kilometres each on public roads before production starts at its plant in Hai Phong.\n\n"
 "The company has so far sold petrol cars and electric scooters in its home market. It plans to stop making petrol models altogether by the end of 2022.")

art(9, "2020-06-19T07:00:00Z", "Stuttgart Auto Report",
 "Daimler takes a stake in Chinese battery maker Farasis",
 "Daimler will take a 3 percent stake in Farasis Energy, a Chinese maker of battery cells, to secure supplies for its growing range of Mercedes-Benz electric cars, the two companies said on Friday.\n\n"
 "Under the agreement Farasis will supply cells for several of Daimler's future battery-electric models, and the German carmaker will get a seat on the Chinese company's supervisory board.\n\n"
 "Daimler sells the EQC electric SUV and plans to offer more than ten fully electric cars by 2022. Farasis is building a factory in Germany to serve European customers.")

art(10, "2023-06-27T15:00:00Z", "Rust Belt Business",
 "Lordstown Motors files for bankruptcy and turns on Foxconn",
 "Lordstown Motors filed for Chapter 11 bankruptcy protection on Tuesday and sued Foxconn, accusing the Taiwanese electronics giant of failing to honour its promise to invest up to $170 million in the electric pickup maker.\n\n"
 "The Ohio startup said it would try to sell its Endurance truck business. It had built only a few dozen of the trucks before halting production earlier this year over quality problems.\n\n"
 "Foxconn said it was ending its investment agreement with Lordstown, arguing that the startup had breached its terms.\n\n"
 "Most read\n\n"
 "Ford cuts prices of Mustang Mach-E again as competition heats up")

art(11, "2022-04-12T12:00:00Z", "Mumbai Motor Desk",
 "Mahindra in advanced talks with Volkswagen over electric car parts",
 "Mahindra & Mahindra said on Tuesday it was in advanced discussions with Volkswagen about using components from the German group's MEB electric platform in its coming range of electric SUVs.\n\n"
 "The Indian automaker, which already sells the eVerito electric sedan to fleet buyers, said a decision was expected within weeks. Volkswagen, whose ID.4 electric SUV is on sale in Europe and China, confirmed the talks but gave no details.\n\n"
 "Mahindra plans to put five new electric SUVs on sale by 2027.")

art(12, "2024-01-02T09:00:00Z", "Asia Auto Ledger",
 "BYD outsells Tesla in fully electric cars for the first time",
 "BYD sold 526,409 battery-electric vehicles in the October-December quarter, overtaking Tesla as the world's biggest seller of fully electric cars, according to figures published by both companies.\n\n"
 "Tesla delivered 484,507 cars in the same period, bringing its full-year total to a record 1.81 million, while the Chinese company's annual sales, including plug-in hybrids, topped three million.\n\n"
 "Analysts expect the rivalry to sharpen this year as BYD expands in Europe and South-East Asia.")

art(13, "2021-10-18T08:00:00Z", "Taipei Tech Daily",
 "Foxconn shows its first electric car prototypes",
 "Foxconn, best known for assembling iPhones, unveiled three electric-vehicle prototypes on Monday, a sedan, an SUV and a bus, as it pushes to become a major contract manufacturer for carmakers.\n\n"
 "The Taiwanese company said the models were built on its open MIH platform and that the bus would go into service in southern Taiwan next year. Chairman Young Liu said Foxconn hoped to supply parts or services for 10 percent of the world's electric cars by 2027.\n\n"
 "See also: Chip shortage hits smartphone launches\n\n"
 "Sign up for our newsletter")

art(14, "2023-08-02T05:00:00Z", "Nippon Industry Daily",
 "Toyota posts record profit on hybrid demand and weak yen",
 "Toyota Motor reported a record operating profit for the April-June quarter on Tuesday, helped by a weaker yen and strong demand for its petrol-electric hybrid cars in North America.\n\n"
 "The company earned 1.12 trillion yen in the period, up 94 percent from a year earlier, and kept its forecast for the full year unchanged. Sales of its Lexus luxury models also rose.\n\n"
 "Toyota's shares rose 3 percent in Tokyo. The company will hold an investor briefing on its strategy later this month.")

art(15, "2020-05-28T02:00:00Z", "Wolfsburg Wire",
 "Volkswagen said to be nearing stake in Chinese battery maker Gotion",
 "Volkswagen is in talks to buy about a quarter of Gotion High-Tech, a Chinese maker of battery cells, in a deal worth roughly $1.1 billion, people familiar with the matter told Bloomberg.\n\n"
 "An agreement could be announced as soon as this week, the people said, cautioning that the talks could still fall apart. Gotion would become Volkswagen's first battery supplier in which it owns a large stake.\n\n"
 "Volkswagen, which sells the e-Golf and has begun production of its ID.3 hatchback, declined to comment.")

art(16, "2025-01-17T21:00:00Z", "Detroit EV Report",
 "Canoo files for bankruptcy and stops operating",
 "Electric-van maker Canoo filed for Chapter 7 bankruptcy on Friday and will cease operations immediately, the company said, after talks with a foreign lender over new funding fell through.\n\n"
 "The Texas-based startup had delivered only a few dozen of its boxy Lifestyle Vehicles, mostly to corporate and government fleets, since starting production in 2023.\n\n"
 "Canoo's chief executive said in a statement that he was deeply disappointed. A trustee will now sell the company's assets.")

art(17, "2016-07-26T10:00:00Z", "Graz Industry News",
 "Magna Steyr to build Jaguar's first electric SUV in Austria",
 "Jaguar Land Rover has signed an agreement with Magna Steyr to build its first battery-electric car, the Jaguar I-Pace, at the contract manufacturer's plant in Graz, Austria, the two companies said on Tuesday.\n\n"
 "Production is due to start in 2018. The British carmaker, owned by India's Tata Motors, will also use the Austrian plant to assemble a version of its E-Pace compact SUV.\n\n"
 "Magna Steyr already builds cars for several other premium brands under contract.")

art(18, "2024-03-11T10:00:00Z", "Hangzhou Auto Letter",
 "Geely denies talks over a stake in Faraday Future",
 "Geely said on Monday that it was not in talks to invest in Faraday Future, rejecting a report in a Hong Kong newspaper that it was weighing a stake in the struggling U.S. electric-car maker.\n\n"
 "Faraday Future began delivering its FF 91 luxury crossover last year but has sold only a handful of cars and has repeatedly warned that it may run out of cash.\n\n"
 "Geely, which owns Volvo Cars and Zeekr, did not comment further. Faraday Future's shares fell 9 percent.")

for a in A:
    print(json.dumps(a, ensure_ascii=False))
