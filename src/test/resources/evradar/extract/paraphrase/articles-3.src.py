# Third held-out-style set (longer texts, quotes, references), written before any rule was run on it.
import json
A = []
def art(i, when, source, title, body):
    A.append({"id": "para3-%03d" % i, "source": source, "url": "https://example.com/para3/%03d" % i,
              "publishedAt": when, "language": "en", "title": title, "body": body})

art(0, "2021-01-08T06:00:00Z", "Seoul Market News",
 "Kia shares surge on talk of Apple car deal",
 "Shares of Kia Corp jumped 10 percent on Friday after a local newspaper reported that the automaker could sign a deal with Apple to build electric cars at its U.S. factory.\n\n"
 "The report, which cited unnamed industry sources, said the iPhone maker planned to start production in 2024 and had chosen Kia because of its spare capacity in Georgia. Kia declined to comment.\n\n"
 "\"Nothing has been decided,\" a Kia spokesman said. The company sells the Niro EV and plans to launch seven dedicated electric models by 2027.")

art(1, "2022-02-10T09:00:00Z", "Wolfsburg Wire",
 "Porsche and Volkswagen's Cariad deepen software push",
 "Volkswagen's software unit Cariad will supply the operating system for Porsche's next electric Macan, the sports-car maker said on Thursday.\n\n"
 "Porsche, which already sells the Taycan electric sedan, said the Macan would go on sale in 2023 after delays caused by the software.\n\n"
 "Cariad has struggled with staff turnover and missed deadlines, forcing Volkswagen to postpone several models.")

art(2, "2020-12-09T08:00:00Z", "Hanoi Business Review",
 "Hyundai and Aptiv launch robotaxi venture Motional",
 "Hyundai Motor Group and Aptiv completed the formation of their $4 billion autonomous-driving joint venture on Wednesday, naming it Motional.\n\n"
 "The venture, which is based in Boston, develops self-driving software. Each parent owns half of it.\n\n"
 "Hyundai, maker of the Ioniq and Kona electric models, will build the vehicles.")

art(3, "2019-05-21T07:00:00Z", "EV Market Monitor",
 "Nikola and Bosch team up on fuel-cell trucks",
 "Truck startup Nikola and German supplier Bosch said on Tuesday they would jointly develop the powertrain for Nikola's hydrogen fuel-cell trucks, expanding a partnership that began last year.\n\n"
 "Bosch, which also holds a stake in Nikola, will supply fuel-cell modules and electric axles. Nikola plans to start building trucks in Arizona in 2021.\n\n"
 "The startup has not yet delivered any vehicles to customers.")

art(4, "2024-07-30T10:00:00Z", "China Auto Wire",
 "Huawei's car partner Seres buys Aito trademark",
 "Seres Group will pay 2.5 billion yuan to buy the Aito trademark from Huawei, the Chinese automaker said on Tuesday, deepening a partnership under which Huawei designs and markets the cars while Seres builds them.\n\n"
 "The two companies have sold more than 200,000 Aito-branded vehicles this year, most of them plug-in hybrids and range-extended SUVs. Huawei, which does not make cars itself, also takes a stake in Seres's new research unit.\n\n"
 "Seres shares rose 5 percent in Shanghai.")

art(5, "2018-10-17T05:00:00Z", "Tech Wire Review",
 "Electric-scooter maker Niu posts loss",
 "Niu Technologies, the Chinese maker of electric scooters, reported a wider third-quarter loss on Wednesday as it spent heavily on marketing ahead of the peak season.\n\n"
 "The company, listed in New York since the start of the week, sold 220,000 scooters in the quarter. Niu said it had no plans to make cars.\n\n"
 "Its shares fell 6 percent in early trading.")

art(6, "2023-02-20T06:00:00Z", "Auto Letter Europe",
 "Arrival warns it may not survive the year",
 "British electric-van startup Arrival warned on Monday that it might not be able to continue as a going concern, after burning through most of its cash trying to start production of its van.\n\n"
 "The company, which had promised to build vans in small local factories called microfactories, said it had started low-volume production in Bicester and was talking to potential investors.\n\n"
 "Arrival had counted UPS among its customers, with an order for up to 10,000 vans.")

art(7, "2022-11-02T04:00:00Z", "Tech Wire Review",
 "Qualcomm wins more car chip deals",
 "Qualcomm said on Wednesday it had won orders worth $30 billion for its automotive chips, up from $19 billion in July, as carmakers turn to it for digital cockpits and driver assistance.\n\n"
 "The chipmaker counts General Motors, BMW and Renault among its customers and supplies the processors in the Cadillac Lyriq electric SUV. Automotive revenue rose 58 percent in the quarter.")

for a in A:
    print(json.dumps(a, ensure_ascii=False))
